package io.tuopin.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the indicator catalogue {@code indicators.txt} shipped in this module: nlp-service extracts
 * with its cues, metrics-service describes the indicators it serves. One parser for both.
 */
public final class IndicatorDefinitions {
    public static final String RESOURCE = "indicators.txt";

    private IndicatorDefinitions() {
    }

    /** The whole catalogue, with cues, blockers and the global blockers. */
    public static IndicatorCatalogueFile catalogue() {
        try (InputStream in = IndicatorDefinitions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return IndicatorCatalogueFile.parse(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The indicators, in catalogue order. */
    public static List<IndicatorDefinition> load() {
        return catalogue().indicators();
    }
}
