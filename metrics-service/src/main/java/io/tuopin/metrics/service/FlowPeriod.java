package io.tuopin.metrics.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A flow's figures for one period (null: the text did not say). {@code total} sums the distinct
 * values, so one amount reported by several articles counts once; {@code count} counts every figure,
 * {@code observations} lists the newest of them (at most {@link LatestValueRule#FIGURES_PER_FLOW_PERIOD}).
 */
public record FlowPeriod(String period, BigDecimal total, int count, List<FigureRef> observations) {
}
