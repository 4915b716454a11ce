package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinyinGlossRemoverTest {
    private final PinyinGlossRemover remover = new PinyinGlossRemover();

    private String clean(String s) {
        return remover.remove(MappedText.identity(s)).text();
    }

    @Test
    void removesToneMarkedGlossAfterHanCharacter() {
        assertEquals("當時共投入資金3萬元", clean("當(dāng)時共投入資金3萬(wàn)元"));
        assertEquals("縣長", clean("縣長(zhǎng)"));
    }

    @Test
    void keepsParenthesesThatAreNotGlosses() {
        assertEquals("国内生产总值(GDP)增长", clean("国内生产总值(GDP)增长"));
        assertEquals("收入(2019年)", clean("收入(2019年)"));
        assertEquals("pinyin(dāng)", clean("pinyin(dāng)"));
        assertEquals("合作社(hezuoshe)", clean("合作社(hezuoshe)"));
    }

    @Test
    void keepsOffsetsOfTheRemainingCharacters() {
        MappedText out = remover.remove(MappedText.identity("萬(wàn)人"));
        assertEquals("萬人", out.text());
        assertEquals(6, out.source(1));
    }

    @Test
    void syllablesAreCheckedAgainstPinyinSpelling() {
        assertTrue(PinyinGlossRemover.isSyllable("zhuàng"));
        assertTrue(PinyinGlossRemover.isSyllable("lǜ"));
        assertFalse(PinyinGlossRemover.isSyllable("xyz"));
    }
}
