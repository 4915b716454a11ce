package io.tuopin.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests. */
class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    private WrittenDate only(String text, String publishedAt) {
        List<WrittenDate> found = finder.find(text, publishedAt);
        assertEquals(1, found.size(), found::toString);
        return found.get(0);
    }

    private static String written(String text, WrittenDate d) {
        return text.substring(d.dateStart(), d.dateEnd());
    }

    @Test
    void explicitDatesKeepTheirPrecision() {
        assertEquals("2021-03-09", only("2021年3月9日召开推进会。", null).value());
        assertEquals("2017-05", only("2017年5月底完成验收。", null).value());
        assertEquals("2016", only("2016年全乡新修道路。", null).value());
    }

    @Test
    void theEndOfAYearIsDecember() {
        assertEquals("2018-12", only("2018年底，全乡贫困户还有40户。", null).period());
        assertEquals("2022-12", only("去年底，全乡贫困户还有40户。", "2023-04-02").period());
        assertEquals("2022-12", only("去年年底，全乡贫困户还有40户。", "2023-04-02").period());
        assertEquals("2022-12", only("前年末，全乡贫困户还有40户。", "2024-01-15").period());
    }

    @Test
    void relativeYearsResolveAgainstThePublicationYear() {
        assertEquals("2023", only("今年，全乡新建蔬菜大棚30座。", "2023-08-01").period());
        assertEquals("2023-06", only("截至今年6月底，全乡累计培训200人次。", "2023-08-01").period());
        assertEquals("2022", only("上年，全乡人均收入增长了。", "2023-08-01").period());
        assertEquals("2024", only("明年全乡将再建2座桥。", "2023-08-01").period());
    }

    @Test
    void relativeYearsWithoutAPublicationDateHaveNoValue() {
        WrittenDate d = only("截至今年6月底，全乡累计培训200人次。", null);
        assertNull(d.value());
        assertEquals("今年6月底", "截至今年6月底，".substring(d.dateStart(), d.dateEnd()));
    }

    @Test
    void partsOfAYearCoverTheirMonths() {
        WrittenDate half = only("今年上半年，全乡新增就业80人。", "2023-09-10");
        assertEquals("2023", half.value());
        assertEquals("2023-06", half.period());
        assertEquals("2023-01", half.rangeStart());
        WrittenDate second = only("2021年下半年，全乡新增就业80人。", null);
        assertEquals("2021-12", second.period());
        assertEquals("2021-07", second.rangeStart());
        WrittenDate quarter = only("2022年第三季度，全乡新增就业80人。", null);
        assertEquals("2022-09", quarter.period());
        assertEquals("2022-07", quarter.rangeStart());
        assertEquals("2022-09", only("2022年前三季度，全乡新增就业80人。", null).period());
    }

    @Test
    void cueWordsGiveTheRoleOfTheDate() {
        String text = "截至2020年9月，累计投入300万元。";
        WrittenDate cutoff = only(text, null);
        assertTrue(cutoff.cutoff());
        assertEquals("2020年9月", written(text, cutoff));
        assertTrue(only("2015年以来，全乡累计减贫500人。", null).since());
        assertTrue(only("自2016年起，全乡累计减贫500人。", null).since());
        WrittenDate baseline = only("人均收入由2015年的3200元增加到8000元。", null);
        assertTrue(baseline.from());
        assertFalse(baseline.since());
    }

    @Test
    void aYearRangeHasItsStart() {
        WrittenDate range = only("2016至2019年，全乡累计投入扶贫资金900万元。", null);
        assertEquals("2019", range.period());
        assertEquals("2016", range.rangeStart());
    }

    @Test
    void monthsWithoutAYearAreReadInThePublicationYear() {
        WrittenDate d = only("5月中旬，第二批搬迁户入住。", "2022-07-01");
        assertEquals("2022-05", d.value());
        assertTrue(d.yearless());
        assertFalse(d.cutoff());
        assertTrue(only("截至8月底，已发放补贴60万元。", "2022-10-01").cutoff());
    }

    @Test
    void anaphoricYearsAndNonDatesAreLeftOut() {
        assertTrue(finder.find("当年全乡实现脱贫，干部相当年轻。", "2020-01-01").isEmpty());
        WrittenDate d = only("2020年7月15日来源：县融媒体中心", null);
        assertFalse(d.since());
    }

    @Test
    void yearsAndMonthsInChineseNumeralsAreDatesWhereTheyAreWritten() {
        String text = "二〇一九年，全县脱贫。截至二零二〇年十二月底，全县清零。";
        List<WrittenDate> found = finder.find(text, null);
        assertEquals(2, found.size(), found::toString);
        assertEquals("2019", found.get(0).value());
        assertEquals("二〇一九年", written(text, found.get(0)));
        assertEquals("2020-12", found.get(1).value());
        assertTrue(found.get(1).cutoff());
        assertTrue(finder.find("第一二三四年度", null).isEmpty(), "not a year: 一二三四 is no 19xx/20xx");
    }
}
