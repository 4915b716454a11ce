package io.tuopin.metrics.service;

import java.util.List;

/**
 * An indicator of the catalogue (or one seen in the observations but not catalogued), with what it
 * means and how much data there is for it. {@code unit} is the unit observed, else the catalogue's first.
 */
public record IndicatorSummary(String indicator, String unit, String kind, long observationCount,
                               long regionCount, long articleCount, List<String> units, String meaning,
                               boolean catalogued) {
}
