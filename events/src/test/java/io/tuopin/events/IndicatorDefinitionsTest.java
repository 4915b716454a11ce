package io.tuopin.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionsTest {
    private static final Set<String> GRADED = IndicatorDefinitions.GRADED;

    @Test
    void catalogueCoversEveryGradedIndicatorWithAKindAndMeaning() {
        Map<String, IndicatorDefinition> byKey = IndicatorDefinitions.load().stream()
                .collect(Collectors.toMap(IndicatorDefinition::key, Function.identity()));
        assertTrue(byKey.keySet().containsAll(GRADED), "missing: " + GRADED.stream().filter(k -> !byKey.containsKey(k)).toList());
        for (IndicatorDefinition d : byKey.values()) {
            assertTrue(Set.of("stock", "flow", "rate").contains(d.kind()), d.toString());
            assertFalse(d.units().isEmpty() || d.meaning().isBlank(), d.toString());
        }
        assertEquals("rate", byKey.get("poverty_incidence").kind());
        assertEquals(List.of("percent"), byKey.get("poverty_incidence").units());
        assertEquals("flow", byKey.get("investment").kind());
    }

    @Test
    void commentsAndTheBlockerRowAreNotIndicators() {
        List<IndicatorDefinition> parsed = IndicatorDefinitions.parse(List.of(
                "# a comment", "*\t-\t0\t-\t-\t她家\tpersonal figures",
                "poor_population\tstock\t1\tperson\t贫困人口\t-\tregistered poor people", ""));
        assertEquals(List.of(new IndicatorDefinition("poor_population", "stock", List.of("person"),
                "registered poor people")), parsed);
    }
}
