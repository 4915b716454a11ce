package io.tuopin.nlp.metric;

import io.tuopin.events.Observation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observations of one article, one per indicator, region, value and period (the surest kept).
 * A figure restated without a date (贫困人口占比由24.6%降至0.57% after 2013年底…24.6%) is the dated
 * statement of the same figure, not another observation.
 */
final class ObservationSet {
    private final Map<String, Observation> byKey = new LinkedHashMap<>();

    void add(Observation o) {
        String key = figureKey(o) + "|" + o.period();
        Observation existing = byKey.get(key);
        if (existing == null || existing.confidence() < o.confidence()) {
            byKey.put(key, o);
        }
    }

    List<Observation> toList() {
        Set<String> dated = new HashSet<>();
        for (Observation o : byKey.values()) {
            if (o.period() != null) {
                dated.add(figureKey(o));
            }
        }
        List<Observation> out = new ArrayList<>(byKey.size());
        for (Observation o : byKey.values()) {
            if (o.period() != null || !dated.contains(figureKey(o))) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static String figureKey(Observation o) {
        String region = o.region() == null ? "?" : o.region().code() + "|" + o.region().name();
        return o.indicator() + "|" + region + "|" + o.value().stripTrailingZeros().toPlainString();
    }
}
