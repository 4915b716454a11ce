package io.tuopin.metrics.service;

/** A record could not be applied to the store; its message becomes the dead-letter reason. */
public class ProjectionFailedException extends RuntimeException {
    public ProjectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
