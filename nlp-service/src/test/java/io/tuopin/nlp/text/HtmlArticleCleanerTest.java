package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.codec.TextDecoder;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.Span;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Articles written for these tests; figures are invented. */
class HtmlArticleCleanerTest {
    private static final String BODY_1 = "清河县位于平原北部，辖5个乡镇86个行政村。";
    private static final String BODY_2 = "截至2020年底，全县累计减贫3200户9800人，贫困发生率降至0.3%。";
    private static final String PAGE = """
            <html><head><meta charset="%s"><title>清河县脱贫纪实_某某新闻网</title>
            <meta name="publishdate" content="2020-11-02 09:30"><meta name="source" content="清河日报"></head>
            <body><div class="nav"><a href="/">首页</a> &gt; <a>新闻</a></div>
            <div class="breadcrumb">首页 &gt; 新闻 &gt; 正文</div>
            <h1>清河县脱贫纪实</h1>
            <div class="content"><p>%s</p><p>%s&nbsp;</p><p>责任编辑：张三</p></div>
            <div class="share">分享到：微信 微博</div>
            <div id="comment">发表评论 0条评论</div>
            <div class="footer">Copyright © 2020 某某新闻网 版权所有</div>
            <script>var x = "脚本里的字不算";</script>
            </body></html>
            """;
    private final HtmlArticleCleaner cleaner = new HtmlArticleCleaner();

    private CleanedArticle html(String page) {
        return cleaner.clean(new ArticleInput("t", page, true, null, null, null, null));
    }

    private CleanedArticle text(String content) {
        return cleaner.clean(new ArticleInput("t", content, false, null, null, null, null));
    }

    @Test
    void htmlKeepsBodyAndDropsChrome() {
        CleanedArticle a = html(PAGE.formatted("utf-8", BODY_1, BODY_2));
        assertEquals("清河县脱贫纪实\n" + BODY_1 + "\n" + BODY_2, a.text());
        assertEquals("清河县脱贫纪实", a.title());
        assertEquals("2020-11-02", a.publishedAt());
        assertEquals("清河日报", a.source());
        assertEquals("simplified", a.script());
    }

    @Test
    void unlabelledLinkListsAreChromeButLinksInsideTheBodyStay() {
        String page = "<html><body><div><p>" + BODY_1 + "详见<a href='/a'>工作方案</a>。</p></div>"
                + "<ul><li><a href='/1'>某县召开扶贫工作会议</a></li><li><a href='/2'>某镇产业发展见闻</a></li>"
                + "<li><a href='/3'>某村修通致富路</a></li></ul></body></html>";
        CleanedArticle a = html(page);
        assertEquals(BODY_1 + "详见工作方案。", a.text());
    }

    @Test
    void everyCleanedCharacterPointsToItsSourceCharacter() {
        String page = PAGE.formatted("utf-8", BODY_1, BODY_2);
        CleanedArticle a = html(page);
        assertEquals(a.text().length() + 1, a.sourceIndex().length);
        for (int i = 0; i < a.text().length(); i++) {
            char c = a.text().charAt(i);
            if (c != '\n') {
                assertEquals(c, page.charAt(a.sourceIndex()[i]), "char " + i);
            }
        }
        int start = a.text().indexOf("3200户");
        assertEquals("3200户", page.substring(a.sourceStart(start), a.sourceEnd(start + 5)));
    }

    @Test
    void characterReferencesMapToWhereTheyStand() {
        String page = "<html><body><p>实施&ldquo;一村一品&rdquo;项目&#12288;共投入&#x35;00万元。</p></body></html>";
        CleanedArticle a = html(page);
        assertEquals("实施“一村一品”项目 共投入500万元。", a.text());
        int quote = a.text().indexOf('“');
        assertEquals(page.indexOf("&ldquo;"), a.sourceIndex()[quote]);
        assertEquals('一', page.charAt(a.sourceIndex()[quote + 1]));
        int five = a.text().indexOf('5');
        assertEquals(page.indexOf("&#x35;"), a.sourceIndex()[five]);
        assertEquals('0', page.charAt(a.sourceIndex()[five + 1]));
    }

    @Test
    void gbkPageAndBig5TextGiveTheSameTextAsTheirUtf8Twins() throws Exception {
        Charset gbk = Charset.forName("GBK");
        String page = PAGE.formatted("gbk", BODY_1, BODY_2);
        String utf8Page = PAGE.formatted("utf-8", BODY_1, BODY_2);
        String fromGbk = TextDecoder.decode(page.getBytes(gbk), null, true).text();
        assertEquals(html(utf8Page).text(), html(fromGbk).text());

        String traditional = "清河縣位於平原北部，轄5個鄉鎮86個行政村。\n截至2020年底，全縣累計減貧3200戶9800人。";
        byte[] big5 = traditional.getBytes(Charset.forName("Big5"));
        String decoded = TextDecoder.decode(big5, null, false).text();
        String fromUtf8 = TextDecoder.decode(traditional.getBytes(StandardCharsets.UTF_8), null, false).text();
        CleanedArticle viaBig5 = text(decoded);
        assertEquals(text(fromUtf8).text(), viaBig5.text());
        assertEquals("traditional", viaBig5.script());
        assertTrue(viaBig5.text().startsWith("清河县位于平原北部，辖5个乡镇86个行政村。"), viaBig5.text());
    }

    @Test
    void traditionalTextIsConvertedCharacterForCharacter() {
        String input = "全縣脫貧攻堅取得勝利，貧困戶實現穩定增收。";
        CleanedArticle a = text(input);
        assertEquals("全县脱贫攻坚取得胜利，贫困户实现稳定增收。", a.text());
        for (int i = 0; i < a.text().length(); i++) {
            assertEquals(i, a.sourceIndex()[i]);
        }
    }

    @Test
    void traditionalParticleZheBecomesSimplifiedButNotInNotableWords() {
        CleanedArticle a = text("幹部們貼著群眾幹，著力發展著名的產業，成效顯著。");
        assertEquals("干部们贴着群众干，着力发展著名的产业，成效显著。", a.text());
    }

    @Test
    void plainTextScrapeLosesChromeAndKeepsHeaderFields() {
        String scrape = """
                首页 > 新闻 > 清河县脱贫纪实

                手机版百姓热线
                清河县脱贫纪实

                2020年11月02日 09:30   来源: 清河日报

                %s
                %s
                （记者 李明远）
                分享到:
                相关文章:
                评论 0人参与,0条评论
                """.formatted(BODY_1, BODY_2);
        CleanedArticle a = text(scrape);
        assertEquals("清河县脱贫纪实\n" + BODY_1 + "\n" + BODY_2 + "\n（记者 李明远）", a.text());
        assertEquals("2020-11-02", a.publishedAt());
        assertEquals("清河日报", a.source());
        assertEquals("李明远", a.author());
    }

    @Test
    void aMetaDateInFullWidthDigitsIsRead() {
        String page = PAGE.formatted("utf-8", BODY_1, BODY_2).replace("2020-11-02 09:30", "２０２０年１１月０２日");
        assertEquals("2020-11-02", html(page).publishedAt());
    }

    @Test
    void contributingOfficeIsTheAuthorWhenNoReporterIsNamed() {
        assertEquals("清河县扶贫办", text(BODY_1 + "\n（清河縣扶貧辦供稿）").author());
    }

    @Test
    void titleOnlyInBreadcrumbIsRestoredAsFirstLine() {
        String scrape = "您当前的位置 : 某某网 >> 专题 >> 清河县脱贫攻坚工作综述 来源:清河日报 2020年05月11日 15:32\n\n" + BODY_1;
        CleanedArticle a = text(scrape);
        assertEquals("清河县脱贫攻坚工作综述", a.title());
        assertEquals("清河县脱贫攻坚工作综述\n" + BODY_1, a.text());
        assertEquals("清", String.valueOf(scrape.charAt(a.sourceIndex()[0])));
    }

    @Test
    void noiseRepairsRunTogether() {
        CleanedArticle a = text("當(dāng)年全縣貧困人口1.2萬(wàn)人,,貧困發生率１２．５％,。");
        assertEquals("当年全县贫困人口1.2万人，贫困发生率12.5%。", a.text());
        assertTrue(a.unreliable().isEmpty());
    }

    @Test
    void magazineChromeAtTheEndIsDropped() {
        CleanedArticle a = text(BODY_1 + "\n" + BODY_2 + "\n订阅热线：010-12345678 邮发代号：82-123\n本期责任编辑：张三\n");
        assertEquals(BODY_1 + "\n" + BODY_2, a.text());
    }

    @Test
    void mixedDoubledMarksAfterAFigureAndUtf8ReadAsGbkAreRepaired() {
        String garbled = new String("“我们村修通了路。”".getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
        CleanedArticle a = text("贫困发生率降至12.5%,，全年减贫300人。老人说：" + garbled);
        assertTrue(a.text().startsWith("贫困发生率降至12.5%，全年减贫300人。老人说：“我们村修"), a.text());
        assertTrue(a.unreliable().size() >= 1, "the characters whose bytes were lost are marked");
    }

    @Test
    void sentencesAndParagraphsCoverTheText() {
        CleanedArticle a = text("第一句。第二句！“第三句。”\n第二段没有句号");
        assertEquals(2, a.paragraphs().size());
        assertEquals(4, a.sentences().size());
        assertEquals("“第三句。”", sub(a, a.sentences().get(2)));
        assertEquals("第二段没有句号", sub(a, a.sentences().get(3)));
    }

    @Test
    void unrepairableMojibakeIsMarkedSoNoFigureIsReadThere() {
        CleanedArticle a = text("全县贫困人口\ufffd\ufffd人，已脱贫300户。");
        assertTrue(a.isUnreliable(6, 8));
        assertFalse(a.isUnreliable(a.text().indexOf("300"), a.text().indexOf("300") + 3));
    }

    @Test
    void emptyContentIsRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text("  "));
        assertTrue(e.getMessage().contains("no content"));
    }

    @Test
    void missingMetadataStaysNull() {
        CleanedArticle a = text(BODY_1);
        assertNull(a.publishedAt());
        assertNull(a.source());
    }

    private static String sub(CleanedArticle a, Span s) {
        return a.text().substring(s.start(), s.end());
    }

    @Test
    void aTableOfFiguresReadsAsOneStatementPerRowMappedToItsCells() {
        String page = "<html><body><p>各县情况见下表。</p><table>"
                + "<tr><th>县区</th><th>减少贫困人口（人）</th><th>贫困发生率（%）</th></tr>"
                + "<tr><td>清河县</td><td> 8526 </td><td>0.92</td></tr>"
                + "<tr><td>临河县</td><td>9013</td><td>-</td></tr></table></body></html>";
        CleanedArticle a = html(page);
        assertEquals("各县情况见下表。\n清河县：减少贫困人口8526人，贫困发生率0.92%。\n临河县：减少贫困人口9013人。", a.text());
        int figure = a.text().indexOf("8526");
        assertEquals(page.indexOf("8526"), a.sourceStart(figure), "a figure maps to its cell");
    }

    @Test
    void cellsOfOtherTablesNeverRunTogether() {
        String page = "<html><body><table><tr><td>清河县</td><td>8526</td><td>37</td></tr></table></body></html>";
        assertEquals("清河县 8526 37", html(page).text());
    }
}
