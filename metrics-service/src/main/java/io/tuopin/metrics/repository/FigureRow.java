package io.tuopin.metrics.repository;

import java.math.BigDecimal;

/**
 * The columns of an observation that a region's figures show, read without loading the entity.
 *
 * @param valuesInPeriod how many distinct values its region, indicator and unit have in its period
 *                       (0 when the query does not count them)
 */
public record FigureRow(String id, String regionKey, String articleId, String indicator, String unit, String kind,
                        BigDecimal value, BigDecimal valueMax, String period, String periodStart, boolean approx,
                        boolean target, String publishedAt, String evidenceText, Integer evidenceStart,
                        Integer evidenceEnd, Integer sourceStart, Integer sourceEnd, long valuesInPeriod) {
}
