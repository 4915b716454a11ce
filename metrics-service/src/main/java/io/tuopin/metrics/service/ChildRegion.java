package io.tuopin.metrics.service;

import java.util.Map;

/** A sub-region with its latest figures keyed by indicator, for a side-by-side table. */
public record ChildRegion(String key, String code, String name, String level, Map<String, LatestFigure> figures) {
}
