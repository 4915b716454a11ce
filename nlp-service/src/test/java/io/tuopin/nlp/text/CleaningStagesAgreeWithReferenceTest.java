package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The stages that copy kept characters in runs and skip the characters they cannot act on give what
 * their per-character versions (the *Reference classes) gave: the same text, the same source index
 * for every character, the same unreliable spans. Random texts made of our own fragments: Han text,
 * full- and half-width figures and marks, spaces and line breaks, pinyin glosses, and mojibake of
 * every kind the repairers know.
 */
class CleaningStagesAgreeWithReferenceTest {
    private static final String[] FRAGMENTS = {
        "全县", "新建大棚", "贫困户", "增收", "當(dāng)", "萬（wàn）", "好(hǎo)", "(ni)", "（abc）", "(zhuang)",
        "12.5%", "%%", "％", "３．８％", "２０２０", "ＡＢｃ", "1,000", "15:32", "1.", "...", ".", ",", ",,", ";", ":",
        "!", "?", "(", ")", "，", "、", "；", "：", "。", "！", "？", " ", "  ", "\u3000", "\u00a0", "\t", "\n", "\r\n",
        "www.gov.cn", "He said", "?!", "?叭", "dāng)", "\ufffd", "锟斤拷", "<b>", "</p>", "“", "”", "…", "——", "著",
        garbleAsGbk("全镇共有贫困户一百二十户"), garbleAsGbk("“我们村修通了路”"), garbleAsLatin1("中国"),
        garbleAsLatin1("全县"), "Ã", "é", "ÿ",
    };

    private final Utf8ReadAsGbk utf8AsGbk = new Utf8ReadAsGbk();
    private final MojibakeRepairer mojibake = new MojibakeRepairer();
    private final PinyinGlossRemover glosses = new PinyinGlossRemover();
    private final PunctuationNormalizer punctuation = new PunctuationNormalizer();

    @Test
    void everyStageAgreesWithItsReferenceOnRandomTexts() {
        Random random = new Random(20261126);
        for (int n = 0; n < 3000; n++) {
            String text = randomText(random);
            MappedText in = MappedText.identity(text);
            in = agree(text, in, utf8AsGbk::repair, new Utf8ReadAsGbkReference()::repair);
            in = agree(text, in, mojibake::repair, new MojibakeRepairerReference()::repair);
            in = agree(text, in, glosses::remove, new PinyinGlossRemoverReference()::remove);
            agree(text, in, punctuation::normalize, new PunctuationNormalizerReference()::normalize);
            agree(text, MappedText.identity(text), punctuation::normalize, new PunctuationNormalizerReference()::normalize);
            agree(text, MappedText.identity(text), glosses::remove, new PinyinGlossRemoverReference()::remove);
        }
    }

    @Test
    void syllablesAreTheReferencesOnRandomLetterStrings() {
        String letters = "abcdefghijklmnopqrstuvwxyzGDPāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÀçñøßĀŋɐ";
        Random random = new Random(7);
        for (int n = 0; n < 20000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                s.append(letters.charAt(random.nextInt(letters.length())));
            }
            String word = s.toString();
            assertEquals(PinyinGlossRemoverReference.isSyllable(word), PinyinGlossRemover.isSyllable(word), word);
        }
        for (String word : new String[] {"dāng", "wàn", "zhuang", "lǜ", "lv", "nü", "er", "GDP", "Ok", "xyz"}) {
            assertEquals(PinyinGlossRemoverReference.isSyllable(word), PinyinGlossRemover.isSyllable(word), word);
        }
    }

    @Test
    void tonelessSyllablesAreTheRegexsOnRandomStrings() {
        String letters = "abcdefghijklmnopqrstuvwxyzaeiougnGÀü1 ";
        Random random = new Random(8);
        int syllables = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                s.append(letters.charAt(random.nextInt(letters.length())));
            }
            String base = s.toString();
            boolean expected = PinyinGlossRemoverReference.isToneless(base);
            assertEquals(expected, PinyinGlossRemover.isToneless(base), base);
            syllables += expected ? 1 : 0;
        }
        assertTrue(syllables > 1_000, syllables + " syllables");
        for (String base : new String[] {"zhuang", "shuang", "ng", "m", "er", "lve", "nv", "hm", "xyz", "", "zhh", "Zhuang", "yi1"}) {
            assertEquals(PinyinGlossRemoverReference.isToneless(base), PinyinGlossRemover.isToneless(base), base);
        }
    }

    @Test
    void aTextNoStageActsOnComesBackAsItIs() {
        MappedText in = MappedText.identity("全县新建大棚一百二十个带动贫困户增收");
        assertSame(in, punctuation.normalize(in));
        assertSame(in, glosses.remove(in));
        assertSame(in, mojibake.repair(in));
    }

    private static MappedText agree(String text, MappedText in, UnaryOperator<MappedText> stage, UnaryOperator<MappedText> reference) {
        MappedText expected = reference.apply(in);
        MappedText actual = stage.apply(in);
        assertEquals(expected.text(), actual.text(), () -> "text of " + text);
        assertArrayEquals(expected.sourceIndex(text.length()), actual.sourceIndex(text.length()), () -> "source index of " + text);
        assertEquals(expected.unreliableSpans(), actual.unreliableSpans(), () -> "unreliable spans of " + text);
        return expected;
    }

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(40);
        for (int i = 0; i < parts; i++) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }

    private static String garbleAsGbk(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
    }

    private static String garbleAsLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
