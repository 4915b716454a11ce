package io.tuopin.nlp.messaging;

/** A replay was asked for while another one runs in this instance. */
public class ReplayRunningException extends RuntimeException {
    private final ReplayProgress progress;

    public ReplayRunningException(ReplayProgress progress) {
        super("a replay is already running in this instance: " + progress.summary());
        this.progress = progress;
    }

    public ReplayProgress progress() {
        return progress;
    }
}
