package io.tuopin.metrics.service;

import java.util.List;

/** A region's figures: current stocks and rates, and flows per period. */
public record RegionFigures(List<LatestFigure> latest, List<FlowSeries> flows) {
}
