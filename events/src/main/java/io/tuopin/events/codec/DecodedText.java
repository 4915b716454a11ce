package io.tuopin.events.codec;

/** Text decoded from bytes, with the charset it was decoded from and whether that was declared or detected. */
public record DecodedText(String text, String charset, boolean detected) {
}
