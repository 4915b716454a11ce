package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.IndicatorDefinitions;
import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.CleanedArticle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A whole county report written by us (samples/county-report.txt), read as an analyst would. */
class CountyReportSampleTest {
    private static final Set<String> GRADED = IndicatorDefinitions.load().stream()
            .filter(io.tuopin.events.IndicatorDefinition::graded).map(io.tuopin.events.IndicatorDefinition::key)
            .collect(java.util.stream.Collectors.toSet());
    private static List<Observation> observations;

    @BeforeAll
    static void extract() {
        String text = TestArticles.resource("/samples/county-report.txt");
        RegionInfo county = TestArticles.county("620999", "青石县", "620900");
        RegionInfo township = new RegionInfo("620999101", "柳河镇", "township", "620999", List.of());
        RegionInfo other = new RegionInfo("620999102", "石门乡", "township", "620999", List.of());
        RegionInfo village = new RegionInfo(null, "红星村", "village", "620999102", List.of());
        CleanedArticle article = TestArticles.article(text, "2020-11-10");
        observations = new CatalogMetricExtractor()
                .extract("sample", article, TestArticles.regions(text, county, township, other, village)).observations();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "admin_villages, 156, 青石县, null",
            "total_population, 312000, 青石县, null",
            "poor_villages, 68, 青石县, 2014",
            "poor_households, 12436, 青石县, 2014",
            "poor_population, 43125, 青石县, 2014",
            "poverty_incidence, 17.9, 青石县, 2014",
            "investment, 2860000000, 青石县, null",
            "lifted_households, 11985, 青石县, 2019-12",
            "lifted_population, 41870, 青石县, 2019-12",
            "poor_villages_exited, 68, 青石县, 2019-12",
            "poverty_incidence, 0.47, 青石县, 2019-12",
            "leading_enterprises, 34, 青石县, null",
            "poverty_workshops, 41, 青石县, null",
            "employed_poor_labor, 1370, 青石县, null",
            "per_capita_net_income, 2380, 青石县, 2014",
            "per_capita_net_income, 9860, 青石县, 2019",
            "relocated_households, 3012, 青石县, null",
            "relocated_population, 3120, 柳河镇, null",
            "employed_poor_labor, 620, 青石县, null",
            "dibao_households, 4320, 青石县, null",
            "dibao_population, 9876, 青石县, null",
            "resident_cadres, 156, 青石县, null",
            "resident_work_teams, 156, 青石县, null",
            "resident_cadres, 468, 青石县, null",
            "investment, 850000, 红星村, null",
            "pv_capacity, 0.3, 红星村, null",
    })
    void findsTheStatedFigure(String indicator, String value, String region, String period) {
        assertTrue(observations.stream().anyMatch(o -> o.indicator().equals(indicator)
                        && o.value().compareTo(new java.math.BigDecimal(value)) == 0
                        && o.region().name().equals(region) && java.util.Objects.equals(period, o.period())),
                indicator + " " + value + " " + region + " " + period + " not in " + summary());
    }

    @Test
    void gradedIndicatorsHoldNothingElse() {
        Set<String> expected = Set.of("admin_villages 156", "total_population 312000", "poor_villages 68",
                "poor_households 12436", "poor_population 43125", "poverty_incidence 17.9", "investment 2860000000",
                "lifted_households 11985", "lifted_population 41870", "poor_villages_exited 68", "poverty_incidence 0.47",
                "leading_enterprises 34", "poverty_workshops 41", "employed_poor_labor 1370", "per_capita_net_income 2380",
                "per_capita_net_income 9860", "investment 980000000", "relocated_households 3012",
                "relocated_population 10987", "relocated_households 860", "relocated_population 3120",
                "employed_poor_labor 620", "employed_poor_labor 21000", "income_gain_per_capita 10000", "dibao_households 4320",
                "dibao_population 9876", "investment 120000000", "investment 340000000", "resident_cadres 156",
                "resident_work_teams 156", "resident_cadres 468", "investment 850000", "pv_capacity 0.3",
                "investment 300000000", "poverty_workshops 10");
        assertEquals(expected, graded());
    }

    @Test
    void plansAreMarkedAsTargets() {
        List<Observation> planned = withValue(300_000_000L);
        List<Observation> spent = withValue(2_860_000_000L);
        assertTrue(!planned.isEmpty() && planned.stream().allMatch(Observation::target), planned::toString);
        assertTrue(!spent.isEmpty() && spent.stream().noneMatch(Observation::target), spent::toString);
    }

    /** By exact value: 2860000000 does not fit an int, so intValue() would compare a wrapped number. */
    private static List<Observation> withValue(long value) {
        return observations.stream().filter(o -> o.value().compareTo(java.math.BigDecimal.valueOf(value)) == 0).toList();
    }

    private static Set<String> graded() {
        return observations.stream().filter(o -> GRADED.contains(o.indicator()))
                .map(o -> o.indicator() + " " + o.value().toPlainString()).collect(Collectors.toSet());
    }

    private static String summary() {
        return observations.stream().map(o -> o.indicator() + "=" + o.value().toPlainString() + "@" + o.region().name()
                + "/" + o.period()).collect(Collectors.joining(", "));
    }
}
