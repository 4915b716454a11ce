package io.tuopin.metrics.service;

import io.tuopin.metrics.repository.FigureRow;
import java.math.BigDecimal;
import java.util.List;

/**
 * The current value of a stock or rate for a region (latest period, then latest publication), and
 * the other values reported for that same period: the newest report of each, at most
 * {@link LatestValueRule#MAX_ALTERNATIVES}, and how many other values there are in all.
 */
public record LatestFigure(
        String indicator,
        String kind,
        String unit,
        BigDecimal value,
        BigDecimal valueMax,
        String period,
        String periodStart,
        boolean approx,
        String observationId,
        ArticleRefView article,
        EvidenceView evidence,
        List<FigureRef> alternatives,
        long alternativeCount) {

    static LatestFigure of(FigureRow o, ArticleRefView article, List<FigureRef> alternatives, long alternativeCount) {
        return new LatestFigure(o.indicator(), o.kind(), o.unit(), Decimals.plain(o.value()),
                Decimals.plain(o.valueMax()), o.period(), o.periodStart(), o.approx(), o.id(), article,
                new EvidenceView(o.evidenceText(), o.evidenceStart(), o.evidenceEnd(), o.sourceStart(), o.sourceEnd()),
                alternatives, alternativeCount);
    }
}
