package io.tuopin.nlp.domain;

import java.util.concurrent.CancellationException;

/**
 * Cooperative cancellation of one article's extraction: when an article outlives its time budget,
 * the thread extracting it is interrupted, and the long loops of the stages (per line, per
 * sentence) stop here instead of running on for an answer nobody waits for.
 */
public final class Interruptions {
    private Interruptions() {
    }

    /** Throws {@link CancellationException} when the current thread has been interrupted (the flag stays set). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction interrupted");
        }
    }
}
