package io.tuopin.metrics.service;

import io.tuopin.metrics.domain.Observation;
import java.math.BigDecimal;
import java.time.Instant;

/** One observation with its evidence and article; {@code region} is null when the figure's region is unknown. */
public record ObservationView(
        String id,
        RegionRefView region,
        String indicator,
        BigDecimal value,
        BigDecimal valueMax,
        String unit,
        String period,
        String periodStart,
        boolean approx,
        boolean target,
        double confidence,
        String kind,
        EvidenceView evidence,
        ArticleRefView article,
        String extractorVersion,
        Instant processedAt) {

    public static ObservationView of(Observation o, ArticleRefView article) {
        return new ObservationView(o.id,
                o.regionKey == null ? null : new RegionRefView(o.regionKey, o.regionCode, o.regionName, o.regionLevel),
                o.indicator, Decimals.plain(o.value), Decimals.plain(o.valueMax), o.unit, o.period, o.periodStart,
                o.approx, o.target, o.confidence, o.kind,
                new EvidenceView(o.evidenceText, o.evidenceStart, o.evidenceEnd, o.sourceStart, o.sourceEnd),
                article, o.extractorVersion, o.processedAt);
    }
}
