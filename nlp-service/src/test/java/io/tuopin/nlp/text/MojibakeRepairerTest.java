package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Inputs are our own sentences, garbled the way scrapers garble GBK pages (one byte out of step). */
class MojibakeRepairerTest {
    private final MojibakeRepairer repairer = new MojibakeRepairer();

    @Test
    void shiftedGbkRunIsDecodedAgainOneByteEarlier() {
        MappedText out = repairer.repair(MappedText.identity("他回憶道?!叭绻麤]有好政策,我現在都不知該住在哪裡。”白大爺說。"));
        assertEquals("他回憶道。“如果沒有好政策,我現在都不知該住在哪裡。”白大爺說。", out.text());
        assertTrue(out.unreliableSpans().isEmpty());
    }

    @Test
    void lostByteBecomesAnUnreliableReplacementAndTheSwallowedParenthesisReturns() {
        MappedText out = repairer.repair(MappedText.identity("他笑著說?!爱?dāng)時我們沒(méi)有辦法。”老人說。"));
        assertEquals("他笑著說。“\ufffd(dāng)時我們沒(méi)有辦法。”老人說。", out.text());
        int lost = out.text().indexOf('\ufffd');
        assertTrue(out.unreliable(lost));
        assertEquals(1, out.unreliableSpans().size());
    }

    @Test
    void repairedCharactersPointIntoTheGarbledSource() {
        String garbled = "他回憶道?!叭绻麤]有好政策";
        MappedText out = repairer.repair(MappedText.identity(garbled));
        int ru = out.text().indexOf('如');
        assertTrue(out.source(ru) >= garbled.indexOf('?') && out.source(ru) < garbled.indexOf(']'));
        assertEquals(garbled.indexOf('好'), out.source(out.text().indexOf('好')));
    }

    @Test
    void questionMarkBeforeHanTextIsPunctuation() {
        MappedText out = repairer.repair(MappedText.identity("怎样打赢这场硬仗?全县上下齐心协力。"));
        assertEquals("怎样打赢这场硬仗?全县上下齐心协力。", out.text());
        assertTrue(out.unreliableSpans().isEmpty());
    }

    @Test
    void unrepairableQuestionMarkWithPinyinRemnantIsMarked() {
        MappedText out = repairer.repair(MappedText.identity("自2017年?duì)接以来,共投入资金300万元。"));
        assertTrue(out.text().startsWith("自2017年\ufffd"));
        int mark = out.text().indexOf('\ufffd');
        assertTrue(out.unreliable(mark));
        assertFalse(out.unreliable(out.text().indexOf('3')), "the figure itself stays readable");
    }

    @Test
    void replacementCharactersAreMarked() {
        MappedText out = repairer.repair(MappedText.identity("贫困人口\ufffd\ufffd人。"));
        assertEquals(1, out.unreliableSpans().size());
        assertTrue(out.unreliable(4));
    }

    @Test
    void utf8ReadAsLatin1IsDecodedAgain() {
        String latin = new String("脱贫攻坚".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        MappedText out = repairer.repair(MappedText.identity("标题:" + latin + "。"));
        assertEquals("标题:脱贫攻坚。", out.text());
        assertEquals(3 + 3, out.source(out.text().indexOf('贫')));
    }
}
