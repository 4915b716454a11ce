package io.tuopin.metrics.service;

/** An indicator seen in the observations, with its unit, kind and how much data it has. */
public record IndicatorSummary(String indicator, String unit, String kind, long observationCount,
                               long regionCount, long articleCount) {
}
