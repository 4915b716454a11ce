package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A prefecture report written by us (samples/prefecture-report.txt): figures go to the counties it names. */
class PrefectureReportSampleTest {
    private static List<Observation> observations;

    @BeforeAll
    static void extract() {
        String text = TestArticles.resource("/samples/prefecture-report.txt");
        RegionInfo city = new RegionInfo("629900", "河川市", "prefecture", "620000", List.of());
        observations = new CatalogMetricExtractor().extract("prefecture", TestArticles.article(text, "2020-09-18"),
                TestArticles.regions(text, city, TestArticles.county("629901", "临河县", "629900"),
                        TestArticles.county("629902", "东山区", "629900"), TestArticles.county("629903", "青石县", "629900"),
                        TestArticles.county("629904", "西岭县", "629900"))).observations();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "poor_population, 216000, 河川市, 2013-12",
            "lifted_population, 209000, 河川市, 2019-12",
            "poor_villages_exited, 412, 河川市, 2019-12",
            "lifted_population, 12000, 临河县, 2019",
            "poor_villages_exited, 58, 临河县, 2019",
            "investment, 360000000, 东山区, null",
            "employed_poor_labor, 1340, 东山区, null",
            "relocated_population, 6530, 青石县, null",
            "relocated_households, 960, 西岭县, null",
            "pv_capacity, 213, 河川市, null",
            "investment, 8600000, 河川市, 2020-06",
    })
    void findsTheFigureForTheRightRegionAndPeriod(String indicator, String value, String region, String period) {
        assertTrue(observations.stream().anyMatch(o -> o.indicator().equals(indicator)
                        && o.value().compareTo(new BigDecimal(value)) == 0 && o.region().name().equals(region)
                        && Objects.equals(period, o.period())),
                indicator + " " + value + " " + region + " " + period + " not in " + observations);
    }

    @Test
    void thePlanIsATargetAndThePageCounterIsNothing() {
        assertTrue(observations.stream().filter(o -> o.value().intValue() == 7000).allMatch(Observation::target));
        assertTrue(observations.stream().noneMatch(o -> o.value().intValue() == 1523));
    }
}
