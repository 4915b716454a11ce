package io.tuopin.metrics.service;

/** The region or article asked for is not in the store (404). */
public class UnknownResourceException extends RuntimeException {
    public UnknownResourceException(String message) {
        super(message);
    }
}
