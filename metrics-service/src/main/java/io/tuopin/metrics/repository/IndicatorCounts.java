package io.tuopin.metrics.repository;

/** Observation counts of one indicator, unit and kind, as the repository groups them. */
public record IndicatorCounts(String indicator, String unit, String kind, long observationCount,
                              long regionCount, long articleCount) {
}
