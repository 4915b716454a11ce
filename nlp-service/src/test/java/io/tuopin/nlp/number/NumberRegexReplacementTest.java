package io.tuopin.nlp.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.nlp.support.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The number stage's loops and pre-checks against the regexes they replaced or guard, on random texts and named ones. */
class NumberRegexReplacementTest {
    private static final Pattern FRACTION = Pattern.compile("(?:(\\d+) +)?(\\d+)/(\\d+)(?![\\d/.])");
    private static final Pattern NOUN_UNIT = Pattern.compile(
            "(?:建档立卡)?(?:(贫困人口|贫困群众|贫困劳动力|农村人口|群众)|(贫困户|农户|脱贫户))");
    private static final Pattern VILLAGE_NOUN = Pattern.compile(
            "[^，。；、,;：:（(]{0,8}?(?<![驻駐进進到入下包])(村)(?![民级級集委卫衛干幹组組社庄莊屯务務两兩容貌])");
    private static final Pattern VILLAGE_BEFORE = Pattern.compile(
            "(?<![驻駐进進到入下包])村(?:全部|已经|已|累计|共)?(?:出列|退出|摘帽|脱贫|销号)?了?$");
    private static final Pattern RANGE_GAP = Pattern.compile(" ?(?:[-~〜—–]{1,2}|至|到) ?");
    private static final List<String> TOKENS = tokens();
    private static final int ROUNDS = 20_000;

    @Test
    void fractionsAsTheRegex() {
        Random random = new Random(31);
        for (int round = 0; round < ROUNDS / 4; round++) {
            String s = randomText(random, 10);
            for (int pos = 0; pos < s.length(); pos++) {
                Matcher m = FRACTION.matcher(s).region(pos, s.length());
                String expected = !m.lookingAt() ? "none"
                        : (m.group(1) == null ? "-" : m.start(1) + "," + m.end(1)) + " " + m.start(2) + " " + m.end(2) + " " + m.end();
                ArabicFractions.Parts p = ArabicFractions.parts(s, pos);
                String actual = p == null ? "none"
                        : (p.wholeEnd() < 0 ? "-" : p.wholeStart() + "," + p.wholeEnd()) + " " + p.numeratorStart() + " " + p.slash() + " " + p.end();
                assertEquals(expected, actual, s + " @" + pos);
            }
        }
        assertEquals(new ArabicFractions.Parts(0, 1, 3, 4, 6), ArabicFractions.parts("1  3/5个", 0));
        assertEquals(null, ArabicFractions.parts("2020/10/15", 0));
    }

    @Test
    void leadingPointAsReplaceFirst() {
        for (String s : List.of(".5", "0.5", "12", "..5", "", "5.", ".")) {
            assertEquals(s.replaceFirst("^\\.", "0."), ArabicNumber.withLeadingZero(s), s);
        }
    }

    @Test
    void nounUnitsAsTheRegex() {
        Random random = new Random(32);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 4);
            Matcher m = NOUN_UNIT.matcher(s);
            String expected = !m.lookingAt() ? null : m.group(1) != null ? "person" : "household";
            assertEquals(expected, QuantityRecognizer.nounUnitAt(s, 0), s);
            assertEquals(s.matches(".*[万萬].*"), QuantityRecognizer.hasWan(s, 0, s.length()), s);
        }
        assertEquals("person", QuantityRecognizer.nounUnitAt("建档立卡贫困人口", 0));
        assertEquals("household", QuantityRecognizer.nounUnitAt("3000农户", 4));
        assertFalse(QuantityRecognizer.hasWan("1万\n", 0, 3));
    }

    @Test
    void villageNounAsTheRegex() {
        Random random = new Random(33);
        for (int round = 0; round < ROUNDS / 4; round++) {
            String s = randomText(random, 10);
            for (int from = 0; from <= s.length(); from++) {
                boolean expected = VILLAGE_NOUN.matcher(s).region(from, s.length()).lookingAt();
                assertEquals(expected, QuantityRecognizer.isVillageNoun(s, from), s + " @" + from);
            }
            boolean before = VILLAGE_BEFORE.matcher(s).find();
            assertEquals(before, s.indexOf('村') >= 0 && before, s);
        }
        assertTrue(QuantityRecognizer.isVillageNoun("56个贫困村", 3));
        assertFalse(QuantityRecognizer.isVillageNoun("56个驻村干部", 3));
    }

    @Test
    void rangeGapAsTheRegex() {
        Random random = new Random(34);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 4);
            int from = s.isEmpty() ? 0 : random.nextInt(s.length());
            int to = from + random.nextInt(s.length() - from + 1);
            assertEquals(RANGE_GAP.matcher(s.substring(from, to)).matches(), QuantityRecognizer.isRangeGap(s, from, to), s + " " + from + ".." + to);
        }
        assertTrue(QuantityRecognizer.isRangeGap("3 -- 5", 1, 5));
        assertFalse(QuantityRecognizer.isRangeGap("3---5", 1, 4));
    }

    @Test
    void counterPreCheckIsNecessary() {
        Random random = new Random(35);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 5);
            boolean counter = QuantityRecognizer.COUNTER_BEFORE.matcher(s).find();
            assertEquals(counter, QuantityRecognizer.mayBeCounterBefore(s) && counter, s);
        }
        assertTrue(QuantityRecognizer.mayBeCounterBefore("阅读量："));
    }

    @Test
    void foldAsBefore() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(foldCharBefore(c), NumeralChars.foldChar(c), "U+" + Integer.toHexString(c));
            every.append(c);
        }
        assertEquals(foldBefore(every.toString()), NumeralChars.fold(every.toString()));
        Random random = new Random(36);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 8);
            assertEquals(foldBefore(s), NumeralChars.fold(s), s);
        }
        assertEquals("4,565人，ab", NumeralChars.fold("４，５６５人，ＡＢ"));
    }

    private static String foldBefore(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean groupComma = c == '，' && i > 0 && i + 1 < text.length()
                    && text.charAt(i - 1) >= '０' && text.charAt(i - 1) <= '９' && text.charAt(i + 1) >= '０' && text.charAt(i + 1) <= '９';
            folded.append(c == '，' && !groupComma ? c : foldCharBefore(c));
        }
        return folded.toString();
    }

    private static char foldCharBefore(char c) {
        if (c >= '！' && c <= '～') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }

    private static String randomText(Random random, int maxTokens) {
        return RandomTexts.of(random, TOKENS, maxTokens);
    }

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>(List.of(QuantityRecognizer.PERSON_NOUNS));
        tokens.addAll(List.of(QuantityRecognizer.HOUSEHOLD_NOUNS));
        tokens.addAll(List.of(QuantityRecognizer.COUNTER_WORDS));
        tokens.addAll(List.of("建档立卡", "贫困", "全部", "已经", "累计", "出列", "摘帽", "次数", "12", "3/5", "1 3/5", "2020/10/15", "--", "——"));
        String singles = "0123456789 /.,村驻进下民级委组个户人万萬量数次:：-~〜—–至到，。；、;（(ＡＢ４５１，ａZ\t\n\r\u0085\u2028\u3000";
        singles.chars().forEach(c -> tokens.add(String.valueOf((char) c)));
        tokens.addAll(RandomTexts.hanWordsOf(List.of(FRACTION, NOUN_UNIT, VILLAGE_NOUN, VILLAGE_BEFORE, RANGE_GAP, QuantityRecognizer.COUNTER_BEFORE)));
        tokens.addAll(List.of("\uD840\uDC00", "\uD840", "\uDC00", "٣"));
        return tokens;
    }
}
