package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods written relative to the publication date; sentences written for these tests. */
class RelativePeriodsTest {
    private static final RegionInfo COUNTY = TestArticles.county("620999", "青石县", "620900");
    private final CatalogMetricExtractor extractor = new CatalogMetricExtractor();

    private List<Observation> run(String text, String publishedAt) {
        return extractor.extract("a1", TestArticles.article(text, publishedAt), TestArticles.regions(text, COUNTY))
                .observations();
    }

    private static Observation withValue(List<Observation> obs, int value) {
        return obs.stream().filter(o -> o.value().intValue() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + obs));
    }

    @Test
    void thisYearOverridesAnEarlierCutOff() {
        List<Observation> obs = run("截至2019年底，全县累计减贫3100户9800人。今年，全县剩余的210户780人全部脱贫。", "2020-11-01");
        assertEquals("2019-12", withValue(obs, 9800).period());
        assertEquals("2020", withValue(obs, 780).period());
        assertEquals("lifted_population", withValue(obs, 780).indicator());
    }

    @Test
    void aCutOffInThisYearGovernsItsClauses() {
        List<Observation> obs = run("截至今年6月底，全县累计脱贫3100户9800人，出列贫困村41个。", "2020-09-01");
        assertEquals("2020-06", withValue(obs, 9800).period());
        assertEquals("2020-06", withValue(obs, 41).period());
    }

    @Test
    void theEndOfLastYearClosesAChange() {
        List<Observation> obs = run("全县贫困发生率从2015年的19.2%下降到去年底的0.7%。", "2020-03-01");
        List<Observation> rates = obs.stream().filter(o -> o.indicator().equals("poverty_incidence")).toList();
        assertEquals(2, rates.size(), obs.toString());
        assertEquals("2015", rates.get(0).period());
        assertEquals("2019-12", rates.get(1).period());
    }

    @Test
    void aChangeToLastYearsFigureKeepsItsIndicator() {
        List<Observation> obs = run("全县农民人均可支配收入从2014年的4100元增加到去年的9300元。", "2020-03-01");
        assertEquals("2019", withValue(obs, 9300).period());
        assertEquals(withValue(obs, 4100).indicator(), withValue(obs, 9300).indicator());
    }

    @Test
    void theFirstHalfOfThisYearEndsInJune() {
        Observation o = withValue(run("今年上半年，全县新建扶贫车间6个。", "2021-08-01"), 6);
        assertEquals("2021-06", o.period());
        assertEquals("2021-01", o.periodStart());
    }

    @Test
    void lastYearsEndWrittenInFull() {
        assertEquals("2020-12", withValue(run("去年年底，全县易地扶贫搬迁安置430户。", "2021-02-01"), 430).period());
    }
}
