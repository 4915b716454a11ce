package io.tuopin.metrics.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * A flow's figures for one period (null: the text did not say). {@code total} sums the distinct
 * values, so one amount reported by several articles counts once.
 */
public record FlowPeriod(String period, BigDecimal total, int count, List<FigureRef> observations) {
}
