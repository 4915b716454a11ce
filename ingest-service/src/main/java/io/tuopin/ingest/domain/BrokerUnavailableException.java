package io.tuopin.ingest.domain;

/** The broker did not acknowledge an article in time: nothing is confirmed, the sender should retry. */
public class BrokerUnavailableException extends RuntimeException {
    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
