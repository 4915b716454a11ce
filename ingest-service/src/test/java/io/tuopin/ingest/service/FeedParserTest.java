package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.ingest.domain.Feed;
import io.tuopin.ingest.domain.FeedItem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    @Test
    void readsRssItemsPreferringFullContentOverDescription() throws IOException {
        Feed feed = FeedParser.parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>县融媒体中心</title>
                    <item><title>新建扶贫车间</title><link>https://example.cn/1</link>
                      <pubDate>Mon, 02 Mar 2020 10:00:00 +0800</pubDate>
                      <description>摘要</description>
                      <content:encoded><![CDATA[<p>全县新建扶贫车间21个。</p>]]></content:encoded></item>
                    <item><title>只有摘要</title><guid>https://example.cn/2</guid><dc:date>2020-03-03</dc:date>
                      <description>贫困户年底分红8万元。</description></item>
                    <item><title>无链接</title><guid isPermaLink="false">https://example.cn/3</guid></item>
                  </channel>
                </rss>
                """.getBytes(StandardCharsets.UTF_8));

        assertEquals("县融媒体中心", feed.title());
        assertEquals(List.of(
                new FeedItem("新建扶贫车间", "https://example.cn/1", "2020-03-02", "<p>全县新建扶贫车间21个。</p>", true),
                new FeedItem("只有摘要", "https://example.cn/2", "2020-03-03", "贫困户年底分红8万元。", false),
                new FeedItem("无链接", null, null, null, false)), feed.items());
    }

    @Test
    void readsAtomEntriesWithTheirAlternateLink() throws IOException {
        Feed feed = FeedParser.parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>乡政府</title>
                  <entry><title>产业扶贫</title><link rel="self" href="https://example.cn/self"/>
                    <link href="https://example.cn/news/9"/><updated>2019-12-31T23:00:00Z</updated>
                    <summary>发展茶叶种植2,000亩。</summary></entry>
                </feed>
                """.getBytes(StandardCharsets.UTF_8));

        assertEquals(new Feed("乡政府", List.of(
                new FeedItem("产业扶贫", "https://example.cn/news/9", "2019-12-31", "发展茶叶种植2,000亩。", false))), feed);
    }

    @Test
    void honoursTheEncodingTheDocumentDeclares() throws IOException {
        byte[] gbk = """
                <?xml version="1.0" encoding="GBK"?>
                <rss version="2.0"><channel><title>扶贫办</title><item><title>危房改造</title></item></channel></rss>
                """.getBytes(Charset.forName("GBK"));

        assertEquals("危房改造", FeedParser.parse(gbk).items().get(0).title());
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverResolved() {
        byte[] xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><item><title>&secret;</title></item></channel></rss>
                """.getBytes(StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> FeedParser.parse(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void rejectsDocumentsThatAreNoFeed() {
        assertThrows(IOException.class, () -> FeedParser.parse("<html><body>不是订阅源</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> FeedParser.parse("<rss><channel>".getBytes(StandardCharsets.UTF_8)));
    }
}
