package io.tuopin.metrics.rest;

/** A request parameter that fails validation (400); the message says which and why. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
