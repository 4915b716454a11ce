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
    void doubledMarksMixingAsciiAndFullWidthAfterAFigureCollapse() {
        assertEquals("发生率降至12.5%，全年减贫", norm("发生率降至12.5%,，全年减贫"));
        assertEquals("发生率降至12.5%，全年减贫", norm("发生率降至12.5%,,全年减贫"));
        assertEquals("占总数的69.4%；贫困户", norm("占总数的69.4%,;贫困户"));
        assertEquals("从12.6%降至4.4%。", norm("从12.6%%降至4.4％％。"));
        assertEquals("收入8000元，全年", norm("收入8000元，,全年"));
        assertEquals("增长12.5%，全年", norm("增长12.5% ,，全年"));
        assertEquals("增长12.5%，全年", norm("增长12.5%, 全年"));
        assertEquals("共3000户。全年", norm("共3000户.。全年"));
        assertEquals("达到12.5%。全年", norm("达到12.5%.全年"));
    }

    @Test
    void asciiFullStopsThatAreNoSentenceEndStay() {
        assertEquals("1.加强领导", norm("1.加强领导"));
        assertEquals("增长3.5个百分点", norm("增长3.5个百分点"));
        assertEquals("访问www.gov.cn查询", norm("访问www.gov.cn查询"));
        assertEquals("等等...下一步", norm("等等...下一步"));
        assertEquals("He said: fine, thanks.", norm("He said: fine, thanks."));
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
