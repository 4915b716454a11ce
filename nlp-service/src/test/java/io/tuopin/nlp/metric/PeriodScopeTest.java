package io.tuopin.nlp.metric;

import static io.tuopin.nlp.support.Pipelines.find;
import static io.tuopin.nlp.support.Pipelines.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tuopin.events.Observation;
import io.tuopin.nlp.support.Pipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The period a figure holds for, from the date that governs where it stands. Invented articles. */
class PeriodScopeTest {

    private static String periodOf(List<Observation> obs, String indicator, String value) {
        return find(obs, indicator, value).map(Observation::period).orElse("absent: " + summary(obs));
    }

    @Test
    void aDateBeforeAListGovernsEveryItem() {
        List<Observation> obs = Pipelines.process("""
                定西市脱贫攻坚任务
                2016年底，各县贫困人口：
                通渭县：建档立卡贫困人口3200人，贫困村43个；
                渭源县：建档立卡贫困人口2800人，贫困村39个。
                """).observations();
        assertEquals("2016-12", periodOf(obs, "poor_population", "3200"));
        assertEquals("2016-12", periodOf(obs, "poor_population", "2800"));
        assertEquals("2016-12", periodOf(obs, "poor_villages", "39"));
    }

    @Test
    void aDateOpeningASentenceCarriesAcrossItsSemicolons() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2017年，全县总人口30.9万人；全县有贫困村159个；建档立卡贫困户15450户。
                """).observations();
        assertEquals("2017", periodOf(obs, "poor_households", "15450"));
        assertEquals("2017", periodOf(obs, "poor_villages", "159"));
    }

    @Test
    void eachFigureTakesTheNearestDateOfItsOwnClause() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2018年全县减贫1.2万人，2019年剩余贫困人口降至800人。
                """).observations();
        assertEquals("2018", periodOf(obs, "lifted_population", "12000"));
        assertEquals("2019", periodOf(obs, "remaining_poor_population", "800"));
    }

    @Test
    void wordsPointingBackTakeTheYearTheTextSpokeOf() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2017年，工作队进驻这个县。据当年摸底，全县有建档立卡贫困户8600户。
                """).observations();
        assertEquals("2017", periodOf(obs, "poor_households", "8600"));
    }

    @Test
    void aChangeOverTheSameSpanTakesBothEndsOfIt() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                全县贫困人口从2013年底的10.9万人减少到2019年底的1.2万人，贫困发生率从38.7%下降到4.2%。
                """).observations();
        assertEquals("2013-12", periodOf(obs, "poverty_incidence", "38.7"));
        assertEquals("2019-12", periodOf(obs, "poverty_incidence", "4.2"));
    }

    @Test
    void theHeadlinesYearGovernsAnAnnualBulletin() {
        List<Observation> obs = Pipelines.process("""
                通渭县2018年脱贫攻坚统计监测公报
                全年建成扶贫车间10个，带动贫困群众就业620人。
                """).observations();
        assertEquals("2018", periodOf(obs, "poverty_workshops", "10"));
    }

    @Test
    void theYearOfAChangesBaselineDatesTheBaselineOnly() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                截至2019年底，通渭县贫困发生率由2014年的30.1%降至0.6%，58个贫困村全部退出。
                """).observations();
        assertEquals("2014", periodOf(obs, "poverty_incidence", "30.1"));
        assertEquals("2019-12", periodOf(obs, "poverty_incidence", "0.6"));
        assertEquals("2019-12", periodOf(obs, "poor_villages_exited", "58"));
    }

    @Test
    void theSameYearPointsBackAcrossParagraphs() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2018年，全县减贫9800人。
                同一年，全县还有21个贫困村退出。
                """).observations();
        assertEquals("2018", periodOf(obs, "poor_villages_exited", "21"));
    }

    @Test
    void aBulletinsYearEndIsTheHeadlinesYearNotItsBylines() {
        List<Observation> obs = Pipelines.process("""
                通渭县2019年脱贫攻坚统计监测公报
                通渭县统计局 2020年3月
                年末全县农村贫困人口0.5万人，比上年末减少1.3万人。全年有43个贫困村出列。
                """).observations();
        assertEquals("2019", periodOf(obs, "remaining_poor_population", "5000"));
        assertEquals("2019", periodOf(obs, "lifted_population", "13000"));
        assertEquals("2019", periodOf(obs, "poor_villages_exited", "43"));
    }

    @Test
    void aSpanOpeningTheParagraphIsCumulativeAndAChineseNumeralYearDates() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2016年以来，通渭县持续加大投入。四年来，全县累计投入扶贫资金12.6亿元。
                二〇一九年，全县实现2350户9120人脱贫。
                """).observations();
        Observation investment = find(obs, "investment", "1260000000").orElseThrow(() -> new AssertionError(summary(obs)));
        assertEquals(null, investment.period(), "…以来 is a span, not a year");
        assertEquals("2019", periodOf(obs, "lifted_population", "9120"));
    }

    @Test
    void aFigureRestatedWithoutItsDateIsTheDatedOne() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2013年底，全县贫困发生率为24.6%。经过七年努力，全县贫困发生率由24.6%降至0.57%。
                """).observations();
        assertEquals(1, obs.stream().filter(o -> o.indicator().equals("poverty_incidence")
                && o.value().compareTo(new java.math.BigDecimal("24.6")) == 0).count(), summary(obs));
        assertEquals("2013-12", periodOf(obs, "poverty_incidence", "24.6"));
    }

    @Test
    void eachYearOfASpanBeforeRespectivelyTakesItsFigure() {
        List<Observation> obs = Pipelines.process("""
                通渭县脱贫纪实
                2016年至2018年，全县分别减贫5200人、4800人、3900人。2012年、2013年全县分别减贫3100人、2600人。
                """).observations();
        assertEquals("2016", periodOf(obs, "lifted_population", "5200"));
        assertEquals("2017", periodOf(obs, "lifted_population", "4800"));
        assertEquals("2018", periodOf(obs, "lifted_population", "3900"));
        assertEquals("2012", periodOf(obs, "lifted_population", "3100"));
        assertEquals("2013", periodOf(obs, "lifted_population", "2600"));
    }
}
