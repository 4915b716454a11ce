package io.tuopin.nlp.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.IndicatorDefinition;
import io.tuopin.events.IndicatorDefinitions;
import io.tuopin.events.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scoring rules of {@code ../shared/tools/score_extraction.py}, in Java: observations of graded
 * indicators are deduplicated on (region names, indicator, value, period); one matches a gold line
 * when a region name or code agrees, the indicator is the same, the value is within 0.5 % and,
 * where gold has a period, the periods agree (one may be more specific); target, expected and
 * neutral gold lines cost nothing either way.
 */
final class GoldScore {
    private static final Set<String> NEUTRAL_NOTES = Set.of("target", "expected", "neutral");
    private static final Set<String> GRADED = IndicatorDefinitions.load().stream().filter(IndicatorDefinition::graded)
            .map(IndicatorDefinition::key).collect(Collectors.toSet());

    /** One gold line. */
    record Gold(String doc, String region, String code, String indicator, double value, String period, String note,
                String text) {
        boolean neutral() {
            return note != null && NEUTRAL_NOTES.contains(note);
        }
    }

    /** One extracted observation as the scorer sees it. */
    record Extracted(Set<String> names, String indicator, double value, String period) {
    }

    /** The result, with the gold lines missed and the observations that matched nothing. */
    record Result(int gold, int extracted, int matched, double precision, double recall, double f1,
                  List<Gold> misses, List<String> extras) {
        String summary() {
            return String.format("gold=%d extracted=%d matched=%d precision=%.3f recall=%.3f f1=%.3f",
                    gold, extracted, matched, precision, recall, f1);
        }
    }

    private GoldScore() {
    }

    static List<Gold> readGold(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Gold> gold = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode g = json.readTree(line);
            gold.add(new Gold(g.get("doc").asText(), g.get("region").asText(), text(g, "code"), g.get("indicator").asText(),
                    g.get("value").asDouble(), text(g, "period"), text(g, "note"), text(g, "text")));
        }
        return gold;
    }

    static Result score(List<Gold> goldAll, Map<String, List<Observation>> byDoc) {
        Set<String> docs = goldAll.stream().map(Gold::doc).collect(Collectors.toSet());
        Map<String, Set<Extracted>> extracted = new HashMap<>();
        byDoc.forEach((doc, observations) -> {
            if (docs.contains(doc)) {
                extracted.put(doc, observations.stream().filter(o -> GRADED.contains(o.indicator()))
                        .map(GoldScore::extracted).collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        });
        List<Gold> gold = goldAll.stream().filter(g -> !g.neutral()).toList();
        Map<String, Set<Extracted>> used = new HashMap<>();
        List<Gold> misses = new ArrayList<>();
        int matched = 0;
        for (Gold g : gold) {
            Extracted hit = extracted.getOrDefault(g.doc(), Set.of()).stream()
                    .filter(o -> matches(g, o) && samePeriod(g.period(), o.period())).findFirst().orElse(null);
            if (hit == null) {
                misses.add(g);
            } else {
                matched++;
                used.computeIfAbsent(g.doc(), d -> new HashSet<>()).add(hit);
            }
        }
        for (Gold g : goldAll) {
            if (g.neutral()) {
                Set<Extracted> all = extracted.getOrDefault(g.doc(), new HashSet<>());
                Set<Extracted> doc = used.getOrDefault(g.doc(), Set.of());
                all.removeIf(o -> !doc.contains(o) && matches(g, o));
            }
        }
        int nExtracted = extracted.values().stream().mapToInt(Set::size).sum();
        int nUsed = used.values().stream().mapToInt(Set::size).sum();
        double precision = nExtracted == 0 ? 0 : (double) nUsed / nExtracted;
        double recall = gold.isEmpty() ? 0 : (double) matched / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        List<String> extras = new ArrayList<>();
        extracted.forEach((doc, obs) -> obs.stream().filter(o -> !used.getOrDefault(doc, Set.of()).contains(o))
                .forEach(o -> extras.add(doc + " " + o)));
        return new Result(gold.size(), nExtracted, matched, precision, recall, f1, misses, extras);
    }

    private static Extracted extracted(Observation o) {
        Set<String> names = new HashSet<>();
        if (o.region() != null) {
            if (o.region().name() != null) {
                names.add(o.region().name());
            }
            if (o.region().code() != null) {
                names.add(o.region().code());
            }
        }
        return new Extracted(names, o.indicator(), o.value().doubleValue(), o.period());
    }

    private static boolean matches(Gold g, Extracted o) {
        boolean region = o.names().contains(g.region()) || g.code() != null && o.names().contains(g.code());
        return region && o.indicator().equals(g.indicator()) && sameValue(o.value(), g.value());
    }

    static boolean sameValue(double a, double b) {
        return b == 0 ? a == 0 : Math.abs(a - b) / Math.abs(b) <= 0.005;
    }

    static boolean samePeriod(String gold, String got) {
        if (gold == null) {
            return true;
        }
        return got != null && (got.equals(gold) || got.startsWith(gold + "-") || gold.startsWith(got + "-"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
