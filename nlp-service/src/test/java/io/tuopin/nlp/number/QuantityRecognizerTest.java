package io.tuopin.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityRecognizerTest {
    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    @ParameterizedTest
    @CsvSource({
            "全县投入3.8亿元建设新村, 380000000, yuan",
            "现有贫困户1.14万户, 11400, household",
            "共有三十二户贫困户, 32, household",
            "种植两千六亩玉米, 2600, mu",
            "全乡十三万五千人, 135000, person",
            "带动１，２３４人就业, 1234, person",
            "资金壹佰伍拾万元, 1500000, yuan",
            "贷款叁萬元, 30000, yuan",
            "受益三千兩百人次, 3200, person_time",
            "新增耕地12公顷, 180, mu",
            "装机500千瓦, 0.5, mw",
            "光伏电站20兆瓦, 20, mw",
            "辖区面积1200平方公里, 1200, km2",
            "硬化道路15.6公里, 15.6, km",
            "销售蔬菜2.5万吨, 25000, ton",
            "贫困发生率为3.2％, 3.2, percent",
            "覆盖率达百分之九十五, 95, percent",
            "返贫率千分之二, 0.2, percent",
            "下降2.1个百分点, 2.1, percentage_point",
            "组建12支工作队, 12, count",
            "认定扶贫车间8家, 8, count",
            "全镇15个行政村, 15, village",
            "收购价每斤3美元, 3, usd",
            "捐赠10万港元, 100000, hkd",
    })
    void normalisesNumberAndUnit(String text, String value, String unit) {
        RecognizedQuantity q = single(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest
    @CsvSource({"补助3-10万元, 30000, 100000", "每户3至5万元, 30000, 50000", "奖励两到三万元, 20000, 30000"})
    void readsRangesWithTheHighEndsMultiplier(String text, String low, String high) {
        RecognizedQuantity q = single(text);
        assertEquals(0, new BigDecimal(low).compareTo(q.value()));
        assertEquals(0, new BigDecimal(high).compareTo(q.valueMax()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"建成大棚100多个", "累计9400余万元", "年收入近2万元", "约3000人参加", "覆盖率95%以上", "月收入3000元左右"})
    void flagsApproximations(String text) {
        assertTrue(single(text).approx());
    }

    @ParameterizedTest
    @CsvSource({"累计9400余万元, 94000000", "带动100多户, 100"})
    void approximateValueIsTheStatedNumber(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(single(text).value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2019年12月底全面完成", "十三五期间成效明显", "聚焦两不愁三保障", "坚持一村一品、一户一策",
            "选派第一书记", "落实五个一批", "联系电话：0433-8157607", "第一批试点", "评论0人参与", "打造千亩基地",
            "抓实“三支队伍”管理", "一个个村庄"})
    void ignoresFiguresThatAreNotQuantities(String text) {
        assertEquals(List.of(), recognizer.recognize(text), text);
    }

    @ParameterizedTest
    @CsvSource({"三十二, 32", "两千六, 2600", "十三万五, 135000", "一千零五十, 1050", "二〇一九, 2019",
            "四亿五千六百四十二万零一十五, 456420015", "5万4千6百, 54600", "负三十二, -32", "三分之一, 0.333333333333333"})
    void scansChineseNumerals(String text, String value) {
        List<NumberMatch> numbers = recognizer.numbers(text);
        assertEquals(1, numbers.size(), text);
        assertEquals(0, new BigDecimal(value).compareTo(numbers.get(0).value()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"一切顺利", "四川省", "收拾房间"})
    void chineseWordsWithNumeralCharactersAreNotNumbers(String text) {
        assertEquals(List.of(), recognizer.numbers(text));
    }

    @org.junit.jupiter.api.Test
    void reportsOffsetsInTheGivenText() {
        List<RecognizedQuantity> found = recognizer.recognize("全县14109户40779人脱贫");
        assertEquals(2, found.size());
        assertEquals("14109户", found.get(0).text());
        assertEquals(2, found.get(0).start());
        assertEquals("40779人", found.get(1).text());
        assertNull(found.get(1).valueMax());
    }

    @ParameterizedTest
    @CsvSource({
            "补贴2万-4万元, 20000, 40000, yuan",
            "奖金3千——5千港币, 3000, 5000, hkd",
            "资助1万元--3万元, 10000, 30000, yuan",
            "养殖8户-12户, 8, 12, household",
            "年薪8~12k元, 8000, 12000, yuan",
            "投资六到七百亿元, 60000000000, 70000000000, yuan",
            "每户五到六仟元, 5000, 6000, yuan",
            "补助4至6千元, 4000, 6000, yuan",
    })
    void dashesAndSharedMultipliersMakeOneRange(String text, String low, String high, String unit) {
        RecognizedQuantity q = single(text);
        assertEquals(0, new BigDecimal(low).compareTo(q.value()), q.toString());
        assertEquals(0, new BigDecimal(high).compareTo(q.valueMax()), q.toString());
        assertEquals(unit, q.unit());
    }

    @ParameterizedTest
    @CsvSource({
            "花了七八百块, 700, 800, yuan",
            "一年挣五六千块钱, 5000, 6000, yuan",
            "种了二三十亩, 20, 30, mu",
            "借了两三万元, 20000, 30000, yuan",
            "来了十一二个人, 11, 12, count",
            "三五百块, 300, 500, yuan",
    })
    void neighbouringDigitsAreAnApproximateRange(String text, String low, String high, String unit) {
        RecognizedQuantity q = single(text);
        assertEquals(0, new BigDecimal(low).compareTo(q.value()), q.toString());
        assertEquals(0, new BigDecimal(high).compareTo(q.valueMax()), q.toString());
        assertEquals(unit, q.unit());
        assertTrue(q.approx());
    }

    @ParameterizedTest
    @CsvSource({
            "贰拾叁元伍角陆分, 23.56, 贰拾叁元伍角陆分",
            "支票金额捌佰圆整。, 800, 捌佰圆整",
            "一共五块八, 5.8, 五块八",
            "找回一美元又五美分, 1.05, 一美元又五美分",
            "投入三个亿元, 300000000, 三个亿元",
            "每斤七毛钱, 0.7, 七毛钱",
    })
    void moneyAmountsKeepTheirPartsAndClosingWord(String text, String value, String span) {
        RecognizedQuantity q = single(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(span, q.text());
    }

    @ParameterizedTest
    @CsvSource({"来了廿三人, 23", "帮扶卅五户, 35", "建成卌个, 40", "共一二三四人, 1234"})
    void tensCharactersAndDigitByDigitNumerals(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(single(text).value()));
    }

    @ParameterizedTest
    @CsvSource({
            "月收入不足3000元, 3000, lt", "小于40万元, 400000, lt", "每户不超过20户, 20, le",
            "带动逾5000人, 5000, gt", "超过了1万人, 10000, gt", "种植50亩以上, 50, ge", "至少2个, 2, ge",
            "低于5%, 5, lt", "结对20户及以上, 20, ge",
    })
    void comparisonWordsBecomeTheBound(String text, String value, String bound) {
        RecognizedQuantity q = recognizer.recognize(text).get(0);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(bound, q.bound());
        assertTrue(q.approx());
        assertEquals(bound, QuantityRecognizer.boundAround(text, q.start(), q.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"投入3-5万元", "共计3000元", "约3000人参加"})
    void rangesAndPlainFiguresHaveNoBound(String text) {
        assertNull(single(text).bound());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "十四五期间要巩固成果", "三五成群地聊天", "屋里乱七八糟", "分到两块地", "详见 http://example.org/a?rate=30%25&n=5%",
            "编号123456789012345678901234567890123元", "10^400元", "2e99999户", "一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五个"})
    void noQuantityWhereTheWordsOrTheDigitsAreNone(String text) {
        assertEquals(List.of(), recognizer.recognize(text), text);
    }

    @org.junit.jupiter.api.Test
    void anAmountCloserBeforeAWordIsTheWord() {
        assertEquals("3000万元", single("3000万元整合到项目中").text());
    }

    private RecognizedQuantity single(String text) {
        List<RecognizedQuantity> found = recognizer.recognize(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }
}
