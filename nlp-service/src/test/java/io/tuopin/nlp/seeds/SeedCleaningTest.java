package io.tuopin.nlp.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cleaning bars of issue 3 on the five real articles. */
class SeedCleaningTest {
    private static final Pattern GLOSS = Pattern.compile("[\\p{IsHan}\ufffd][(（]?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");
    private static final Pattern DOUBLED = Pattern.compile("[，,、；;：:。！？][，,、；;：:。！？]");
    private static final Pattern CHROME = Pattern.compile(
            "^(首页|您当前的位置|分享|责任编辑|编辑[:：]|版权|评论|登录|相关文章|最新相关|标签[:：])|>>| > |版权所有|转载|联系电话|条评论|微信 QQ|客户端");
    /** Raw lines that are chrome by our reading of the seeds (the test's own list, not the cleaner's). */
    private static final Pattern RAW_CHROME = Pattern.compile("版权|转载|来源[:：]|首页|位置|评论|客户端|编辑[:：]|联系电话|标签|热线|信息港");
    /** A '?' and the characters after it that mojibake may have garbled: not compared. */
    private static final Pattern MOJIBAKE = Pattern.compile("\\?[^,，。]{0,10}");
    private static final int MIN_LINE_HAN = 20;
    private static final double MAX_MISMATCH = 0.01;
    private static final double MIN_KEPT = 0.8;
    private final HtmlArticleCleaner cleaner = new HtmlArticleCleaner();

    private CleanedArticle clean(String prefix) {
        return cleaner.clean(new ArticleInput(prefix, Seeds.read(prefix), false, null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void noPinyinGlossNoDoubledPunctuationNoChromeLine(String seed) {
        CleanedArticle a = clean(seed);
        assertFalse(GLOSS.matcher(a.text()).find(), () -> "gloss left: " + found(GLOSS, a.text()));
        assertFalse(DOUBLED.matcher(a.text()).find(), () -> "doubled punctuation left: " + found(DOUBLED, a.text()));
        for (String line : a.text().split("\n")) {
            assertFalse(CHROME.matcher(line).find(), () -> "chrome line kept: " + line);
        }
        assertEquals("simplified", HanLP.convertToSimplifiedChinese(a.text()).equals(a.text()) ? "simplified" : "mixed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void keepsEverySentenceOfTheArticle(String seed) {
        String cleaned = hanOnly(clean(seed).text());
        Set<String> cleanedGrams = grams(cleaned);
        for (String raw : Seeds.read(seed).split("\n")) {
            String readable = MOJIBAKE.matcher(raw.replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "")).replaceAll("");
            String line = hanOnly(HanLP.convertToSimplifiedChinese(readable));
            if (line.length() < MIN_LINE_HAN || RAW_CHROME.matcher(HanLP.convertToSimplifiedChinese(raw)).find()) {
                continue;
            }
            Set<String> lineGrams = grams(line);
            long kept = lineGrams.stream().filter(cleanedGrams::contains).count();
            assertTrue(kept >= MIN_KEPT * lineGrams.size(), () -> "line lost: " + raw.substring(0, Math.min(40, raw.length())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "004"})
    void traditionalSeedsAreMarkedTraditional(String seed) {
        assertEquals("traditional", clean(seed).script());
    }

    @ParameterizedTest
    @ValueSource(strings = {"002", "003"})
    void simplifiedSeedsHaveTheirDatelineRead(String seed) {
        CleanedArticle a = clean(seed);
        assertEquals("simplified", a.script());
        assertTrue(a.publishedAt() != null && a.publishedAt().startsWith("2020-"), a.publishedAt());
        assertTrue(a.source() != null && a.source().endsWith("日报"), a.source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void offsetsPointIntoTheDecodedInput(String seed) {
        CleanedArticle a = clean(seed);
        String original = Seeds.read(seed);
        int han = 0;
        int mismatched = 0;
        for (int i = 0; i < a.text().length(); i++) {
            char c = a.text().charAt(i);
            char source = original.charAt(a.sourceIndex()[i]);
            if (Character.isDigit(c)) {
                assertEquals(c, source, "digit at " + i);
            }
            if (Character.isIdeographic(c) && !nearQuestionMark(original, a.sourceIndex()[i])) {
                han++;
                // phrase-level conversion (傢俱 -> 家具) may differ from the single character's
                mismatched += hanOnly(String.valueOf(c)).equals(hanOnly(HanLP.convertToSimplifiedChinese(String.valueOf(source)))) ? 0 : 1;
            }
        }
        assertTrue(mismatched <= MAX_MISMATCH * han, mismatched + " of " + han + " characters map elsewhere");
    }

    private static boolean nearQuestionMark(String original, int index) {
        int from = Math.max(0, index - 12);
        return original.substring(from, index + 1).indexOf('?') >= 0;
    }

    private static String hanOnly(String s) {
        StringBuilder sb = new StringBuilder();
        // HanLP keeps the particle 著; the cleaner writes 着
        s.codePoints().filter(Character::isIdeographic).map(c -> c == '著' ? '着' : c).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Set<String> grams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= s.length(); i++) {
            out.add(s.substring(i, i + 4));
        }
        return out;
    }

    private static List<String> found(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find() && out.size() < 5) {
            out.add(text.substring(Math.max(0, m.start() - 5), Math.min(text.length(), m.end() + 5)));
        }
        return out;
    }
}
