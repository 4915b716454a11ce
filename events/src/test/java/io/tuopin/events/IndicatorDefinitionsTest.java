package io.tuopin.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorDefinitionsTest {
    /** The keys of the analysts' annotation schema (../shared/gold/SCHEMA.md, "Indicators graded"). */
    private static final Set<String> SCHEMA_KEYS = Set.of("poor_households", "poor_population", "lifted_households",
            "lifted_population", "remaining_poor_households", "remaining_poor_population", "poverty_incidence",
            "poor_villages", "poor_villages_exited", "per_capita_net_income", "income_gain_per_capita", "investment",
            "relocated_households", "relocated_population", "employed_poor_labor", "resident_work_teams",
            "resident_cadres", "admin_villages", "total_population", "dibao_households", "dibao_population",
            "poverty_workshops", "leading_enterprises", "pv_capacity");

    @Test
    void theGradedIndicatorsAreExactlyThoseOfTheAnnotationSchema() {
        Set<String> graded = IndicatorDefinitions.load().stream().filter(IndicatorDefinition::graded)
                .map(IndicatorDefinition::key).collect(Collectors.toSet());
        assertEquals(SCHEMA_KEYS, graded);
    }

    @Test
    void everyIndicatorHasAKindUnitsAMeaningAndCues() {
        Map<String, IndicatorDefinition> byKey = IndicatorDefinitions.load().stream()
                .collect(Collectors.toMap(IndicatorDefinition::key, Function.identity()));
        for (IndicatorDefinition d : byKey.values()) {
            assertTrue(Set.of("stock", "flow", "rate").contains(d.kind()), d.toString());
            assertFalse(d.units().isEmpty() || d.meaning().isBlank() || d.cues().isEmpty(), d.toString());
        }
        assertEquals("rate", byKey.get("poverty_incidence").kind());
        assertEquals(List.of("percent"), byKey.get("poverty_incidence").units());
        assertEquals("flow", byKey.get("investment").kind());
        assertTrue(byKey.get("lifted_population").cues().contains("越过贫困线"));
    }

    @Test
    void phraseListsAreExpandedAndContinuationLinesJoined() {
        IndicatorCatalogueFile file = IndicatorCatalogueFile.parse(List.of(
                "# a comment",
                "[*]", "blockers: 她家, 标准", "ignore: 高标准",
                "[@poor]", "phrases: 贫困人口,", "  建档立卡",
                "[poor_population]", "kind: stock", "priority: 1", "units: person", "graded: yes",
                "cues: @poor, 贫困对象", "blockers: 帮扶", "meaning: registered poor people", ""));
        assertEquals(List.of(new IndicatorDefinition("poor_population", "stock", 1, List.of("person"), true,
                List.of("贫困人口", "建档立卡", "贫困对象"), List.of(), List.of("帮扶"), "registered poor people")),
                file.indicators());
        assertEquals(List.of("她家", "标准"), file.globalBlockers());
        assertEquals(List.of("高标准"), file.globalIgnore());
    }

    @Test
    void aMalformedCatalogueFailsWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorCatalogueFile.parse(List.of("[x]", "kind stock")));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalogueFile.parse(List.of(
                "[x]", "kind: level", "priority: 1", "units: person", "cues: a", "meaning: m")));
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalogueFile.parse(List.of(
                "[x]", "kind: stock", "priority: 1", "units: person", "cues: @missing", "meaning: m")));
    }
}
