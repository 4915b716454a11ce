package io.tuopin.events;

import java.util.List;

/**
 * One indicator of the catalogue ({@code indicators.tsv}, shipped in this module): its key, whether
 * its figures are stocks, flows or rates, the unit keys they carry, and what it means to an analyst.
 */
public record IndicatorDefinition(String key, String kind, List<String> units, String meaning) {
}
