package io.tuopin.metrics.service;

import java.util.List;

/** A flow (money invested, people relocated in a programme) per period: never one current figure. */
public record FlowSeries(String indicator, String kind, String unit, List<FlowPeriod> periods) {
}
