package io.tuopin.metrics.service;

import io.tuopin.metrics.repository.FigureRow;
import java.math.BigDecimal;

/** A figure in short: an alternative to the current value, or one item of a flow's period. */
public record FigureRef(String observationId, BigDecimal value, BigDecimal valueMax, String unit, String period,
                        boolean approx, ArticleRefView article) {

    static FigureRef of(FigureRow o, ArticleRefView article) {
        return new FigureRef(o.id(), Decimals.plain(o.value()), Decimals.plain(o.valueMax()), o.unit(), o.period(),
                o.approx(), article);
    }
}
