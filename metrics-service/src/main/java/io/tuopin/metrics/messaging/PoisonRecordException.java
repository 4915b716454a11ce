package io.tuopin.metrics.messaging;

/** A record that no retry can apply; its message becomes the dead-letter reason. */
public class PoisonRecordException extends RuntimeException {
    public PoisonRecordException(String message) {
        super(message);
    }

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
