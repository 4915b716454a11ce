package io.tuopin.nlp.domain;

/** A half-open range [start, end) of the cleaned text. */
public record Span(int start, int end) {
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < end && start < otherEnd;
    }
}
