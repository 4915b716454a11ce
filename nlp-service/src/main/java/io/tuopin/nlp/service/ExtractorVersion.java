package io.tuopin.nlp.service;

/**
 * The version of the extraction logic. Bump it whenever the output for the same input changes, so
 * that consumers can tell which records a reprocessing run has replaced.
 */
public final class ExtractorVersion {
    public static final String CURRENT = "2.1.0";

    private ExtractorVersion() {
    }
}
