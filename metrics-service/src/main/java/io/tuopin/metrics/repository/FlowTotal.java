package io.tuopin.metrics.repository;

import java.math.BigDecimal;

/** A flow's figures of one period summed in SQL: {@code total} adds each distinct value once. */
public record FlowTotal(String indicator, String unit, String period, BigDecimal total, long count) {
}
