package io.tuopin.gateway.service;

import java.util.Set;

/**
 * What a stream client asked for: observations in a region or any of its sub-regions, and of
 * some indicators; null means any.
 */
public record ObservationFilter(String region, Set<String> indicators) {

    public static ObservationFilter of(String region, String indicatorList) {
        return new ObservationFilter(region, indicatorList == null ? null : Set.of(indicatorList.split(",")));
    }

    public boolean accepts(LiveObservation observation) {
        return (region == null || RegionHierarchy.contains(region, observation.regionCode()))
                && (indicators == null || indicators.contains(observation.indicator()));
    }
}
