package io.tuopin.nlp.domain;

import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import java.util.List;

/** Observations (figures attributed to a region and indicator) and every quantity recognised. */
public record MetricResult(List<Observation> observations, List<Quantity> quantities) {
}
