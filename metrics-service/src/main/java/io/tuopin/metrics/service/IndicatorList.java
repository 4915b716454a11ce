package io.tuopin.metrics.service;

import java.util.List;

/** The indicator catalogue (small, so not paged). */
public record IndicatorList(List<IndicatorSummary> items, int total) {
}
