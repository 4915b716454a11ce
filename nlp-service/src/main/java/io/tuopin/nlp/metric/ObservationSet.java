package io.tuopin.nlp.metric;

import io.tuopin.events.Observation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The observations of one article, one per indicator, region, value and period (the surest kept). */
final class ObservationSet {
    private final Map<String, Observation> byKey = new LinkedHashMap<>();

    void add(Observation o) {
        String region = o.region() == null ? "?" : o.region().code() + "|" + o.region().name();
        String key = o.indicator() + "|" + region + "|" + o.value().stripTrailingZeros().toPlainString() + "|" + o.period();
        Observation existing = byKey.get(key);
        if (existing == null || existing.confidence() < o.confidence()) {
            byKey.put(key, o);
        }
    }

    List<Observation> toList() {
        return List.copyOf(byKey.values());
    }
}
