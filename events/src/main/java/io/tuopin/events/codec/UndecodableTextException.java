package io.tuopin.events.codec;

/** The bytes are not text in any supported encoding; the message says why. */
public class UndecodableTextException extends Exception {
    public UndecodableTextException(String reason) {
        super(reason);
    }
}
