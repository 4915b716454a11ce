package io.tuopin.metrics.service;

import java.util.List;

/**
 * A region's page: {@code parents} runs from the province down to the direct parent; {@code latest}
 * holds stocks and rates, {@code flows} the flows per period; {@code children} the sub-divisions of
 * the gazetteer and the villages that articles named, with their latest figures.
 */
public record RegionDetail(
        String key,
        String code,
        String name,
        String level,
        List<String> aliases,
        List<RegionRefView> parents,
        long articleCount,
        long mentionCount,
        long observationCount,
        List<LatestFigure> latest,
        List<FlowSeries> flows,
        List<ChildRegion> children) {
}
