package io.tuopin.nlp.metric;

/**
 * When a figure holds: {@code period} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * (null when the text does not say); {@code start} is the stated start of a cumulative figure.
 */
record Period(String period, String start) {
    static final Period NONE = new Period(null, null);
}
