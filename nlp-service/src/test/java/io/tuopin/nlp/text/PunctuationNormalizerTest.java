package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PunctuationNormalizerTest {
    private final PunctuationNormalizer normalizer = new PunctuationNormalizer();

    private String norm(String s) {
        return normalizer.normalize(MappedText.identity(s)).text();
    }

    @Test
    void collapsesDoubledPunctuationKeepingSentenceEnds() {
        assertEquals("全镇共有贫困户120户，其中已脱贫100户。", norm("全镇共有贫困户120户,,其中已脱贫100户,。"));
        assertEquals("种植、养殖两项产业", norm("种植,、养殖两项产业"));
        assertEquals("完成了。下一步", norm("完成了。,下一步"));
    }

    @Test
    void fullWidthFiguresBecomeAscii() {
        assertEquals("增长3.8%", norm("增长３．８％"));
        assertEquals("ABC", norm("ＡＢＣ"));
    }

    @Test
    void asciiPunctuationInChineseTextBecomesFullWidthButNotInsideNumbers() {
        assertEquals("投资1,000万元，发布于15:32；完成。", norm("投资1,000万元,发布于15:32;完成。"));
        assertEquals("他说：好！", norm("他说:好!"));
    }

    @Test
    void whitespaceRunsCollapseAndLinesAreTrimmed() {
        assertEquals("标题 副题\n正文", norm("  标题 \u3000 副题  \n\t正文"));
    }

    @Test
    void everyCharacterKeepsItsSource() {
        MappedText out = normalizer.normalize(MappedText.identity("甲,,乙"));
        assertEquals("甲，乙", out.text());
        assertEquals(1, out.source(1));
        assertEquals(3, out.source(2));
    }
}
