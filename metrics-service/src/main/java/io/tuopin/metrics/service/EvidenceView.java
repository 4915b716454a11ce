package io.tuopin.metrics.service;

/** Where a figure stands: start/end index the cleaned text, sourceStart/sourceEnd the decoded input. */
public record EvidenceView(String text, Integer start, Integer end, Integer sourceStart, Integer sourceEnd) {
}
