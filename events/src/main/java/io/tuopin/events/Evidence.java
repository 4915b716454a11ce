package io.tuopin.events;

/**
 * Where a figure stands. {@code start}/{@code end} index the cleaned article text (end exclusive);
 * {@code sourceStart}/{@code sourceEnd} index the decoded input as received.
 */
public record Evidence(String text, int start, int end, int sourceStart, int sourceEnd) {
}
