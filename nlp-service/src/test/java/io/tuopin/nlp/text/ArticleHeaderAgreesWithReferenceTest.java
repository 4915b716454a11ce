package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleHeader#publishedAt} finds the date the regular expressions alone found
 * ({@link ArticleHeaderReference}), on random texts made of dates in every spelling, parts of dates,
 * times, header words, brackets, spaces, sentence marks and body text; and its dates are written as
 * String.format wrote them.
 */
class ArticleHeaderAgreesWithReferenceTest {
    private static final String[] FRAGMENTS = {
        "2020", "1999", "2016", "1987", "20", "19", "2", "1", "0", "9", "12", "7", "31", "32", "00", "３", "２０２０",
        "年", "月", "日", "-", "/", ".", " ", "  ", "\u3000", "\t", "（", "）", "(", ")", "【", "】", "[", "]",
        "来源", "发布", "时间", "日期", "：", ":", "15:32", "8:05:09", ">", "记者 王晶晶", "，", "。", "！", "?", ";",
        "全县", "新建大棚一百二十个", "贫困户增收", "扶贫参考·周刊", "第27期", "\n", "\n", "\n", "\n", "\n", "\n",
        "2020年10月15日", "2020年10月15日", "2020-07-15", "1999/1/2", "2016.7.29", "2020 年 9 月 8 日", "2021年13月1日",
    };

    private final ArticleHeader header = new ArticleHeader();
    private final ArticleHeaderReference reference = new ArticleHeaderReference();

    @Test
    void theDateIsTheOneTheRegularExpressionsFound() {
        Random random = new Random(20261127);
        int dated = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(random.nextInt(10) == 0 ? 400 : 30); k >= 0; k--) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            List<Line> lines = Line.of(MappedText.identity(text.toString()));
            String expected = reference.publishedAt(lines);
            assertEquals(expected, header.publishedAt(lines), () -> "date of " + text);
            dated += expected != null ? 1 : 0;
        }
        assertTrue(dated > 5_000 && dated < 45_000, dated + " texts of 50,000 with a date");
    }

    @Test
    void datesAreWrittenAsStringFormatWroteThem() {
        Pattern date = Pattern.compile("(\\d+)\\D(\\d+)\\D(\\d+)", Pattern.UNICODE_CHARACTER_CLASS);
        for (String year : new String[] {"1900", "1999", "2000", "2020", "0020", "２０２０", "9999"}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    for (String text : new String[] {year + "-" + month + "-" + day, year + "年0" + month + "月0" + day}) {
                        Matcher expected = date.matcher(text);
                        Matcher actual = date.matcher(text);
                        assertTrue(expected.find() && actual.find(), text);
                        assertEquals(ArticleHeaderReference.iso(expected), ArticleHeader.iso(actual), text);
                    }
                }
            }
        }
        Matcher fullWidth = date.matcher("２０２０-０７-１５");
        assertTrue(fullWidth.find());
        assertEquals("2020-07-15", ArticleHeader.iso(fullWidth));
    }

    @Test
    void namedExamples() {
        for (String text : new String[] {
            "标题\n2020年10月15日 15:32 来源: 延边日报\n正文。", "（2020年12月10日）", "正文。\n2020年9月8日 记者 韦海燕",
            "2020年是脱贫攻坚收官之年，全县。", "编号12020年3月4日", "x2019-1-2 >", "1920.13.1 来源"}) {
            List<Line> lines = Line.of(MappedText.identity(text));
            assertEquals(reference.publishedAt(lines), header.publishedAt(lines), text);
        }
    }
}
