package io.tuopin.ingest.service;

import static io.tuopin.ingest.support.RawTopicProbe.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.RawArticle;
import io.tuopin.ingest.domain.FeedSource;
import io.tuopin.ingest.support.FeedServer;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.SampleTexts;
import io.tuopin.kafka.local.KafkaTestResource;
import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class FeedPollerTest {
    private static final String PAGE_HTML = "<html><head><meta charset=\"gbk\"><title>红星县教育扶贫</title></head>"
            + "<body><h1>红星县教育扶贫</h1><p>" + SampleTexts.FEED_PAGE_ARTICLE + "</p></body></html>";

    @Inject
    FeedPoller poller;

    private FeedServer server;
    private RawTopicProbe probe;

    @BeforeEach
    void setUp() throws Exception {
        server = new FeedServer();
        server.serve("/feeds/rss.xml", "application/rss+xml; charset=UTF-8", rss().getBytes(StandardCharsets.UTF_8))
                .serve("/feeds/atom.xml", "application/atom+xml", atom().getBytes(StandardCharsets.UTF_8))
                .serve("/news/rss-2.html", "text/html; charset=GBK", PAGE_HTML.getBytes(Charset.forName("GBK")));
        probe = RawTopicProbe.fromNow();
    }

    @AfterEach
    void tearDown() {
        server.close();
        probe.close();
    }

    @Test
    void eachRssAndAtomItemReachesArticlesRawOnceEvenAfterASecondPoll() throws Exception {
        assertEquals(new FeedPoller.PollResult(2, 0, 0, 0), poller.poll(server.uri("/feeds/rss.xml")));
        assertEquals(new FeedPoller.PollResult(1, 0, 0, 0), poller.poll(server.uri("/feeds/atom.xml")));
        assertEquals(new FeedPoller.PollResult(0, 0, 2, 0), poller.poll(server.uri("/feeds/rss.xml")));
        assertEquals(new FeedPoller.PollResult(0, 0, 1, 0), poller.poll(server.uri("/feeds/atom.xml")));

        String rssItemId = ArticleIds.of("<p>" + SampleTexts.FEED_RSS_ITEM + "</p>");
        String pageId = ArticleIds.of(PAGE_HTML);
        String atomId = ArticleIds.of("<p>" + SampleTexts.FEED_ATOM_ENTRY + "</p>");
        List<ConsumerRecord<String, String>> feedRecords = probe.readToEnd().stream()
                .filter(r -> "feed".equals(article(r).channel())).toList();
        assertEquals(Stream.of(atomId, pageId, rssItemId).sorted().toList(), feedRecords.stream().map(ConsumerRecord::key).sorted().toList());
        assertEquals(1, server.hits("/news/rss-2.html"), "a known item's page is not fetched again");

        Map<String, RawArticle> byId = feedRecords.stream().map(RawTopicProbe::article)
                .collect(Collectors.toMap(RawArticle::id, Function.identity()));
        RawArticle page = byId.get(pageId);
        assertEquals(List.of("红星县教育扶贫", server.uri("/news/rss-2.html").toString(), "市扶贫开发办公室", "2020-11-24",
                "text/html", "GB18030", PAGE_HTML), List.of(page.title(), page.url(), page.source(), page.publishedAt(),
                page.contentType(), page.charset(), page.content()));
        RawArticle entry = byId.get(atomId);
        assertEquals(List.of("溪口镇召开脱贫攻坚总结会", server.uri("/news/atom-1.html").toString(), "溪口镇人民政府", "2020-10-28"),
                List.of(entry.title(), entry.url(), entry.source(), entry.publishedAt()));
    }

    @Test
    void aFeedsRegionGoesWithEachOfItsArticles() throws Exception {
        String entryText = "我镇今年新建扶贫车间6个，吸纳贫困劳动力就业210人，全镇贫困发生率降至0.3%。"
                + "镇里投入产业奖补资金320万元，新修通村道路14公里，改造危房96户，为贫困户安装光伏板40套。"
                + "全镇还培训致富带头人58名，组建合作社11家，带动贫困户户均增收2,100元。";
        String feed = atom().replace(server.uri("/news/atom-1.html").toString(), server.uri("/news/regional-1.html").toString())
                .replace(SampleTexts.FEED_ATOM_ENTRY, entryText);
        server.serve("/feeds/regional.xml", "application/atom+xml", feed.getBytes(StandardCharsets.UTF_8));

        assertEquals(new FeedPoller.PollResult(1, 0, 0, 0), poller.poll(new FeedSource(server.uri("/feeds/regional.xml"), "141034100")));

        String id = ArticleIds.of("<p>" + entryText + "</p>");
        RawArticle entry = probe.readToEnd().stream().filter(r -> id.equals(r.key())).map(RawTopicProbe::article)
                .findFirst().orElseThrow();
        assertEquals("141034100", entry.region());
    }

    private String rss() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>市扶贫开发办公室</title>
                    <link>%1$s</link>
                    <item>
                      <title>全市14个贫困县全部摘帽</title>
                      <link>%2$s</link>
                      <guid isPermaLink="false">fp-2020-1124-01</guid>
                      <pubDate>Tue, 24 Nov 2020 09:30:00 +0800</pubDate>
                      <description>全市14个贫困县全部摘帽</description>
                      <content:encoded><![CDATA[<p>%3$s</p>]]></content:encoded>
                    </item>
                    <item>
                      <title>红星县教育扶贫</title>
                      <link>%4$s</link>
                      <pubDate>Tue, 24 Nov 2020 16:05:00 GMT</pubDate>
                      <description>红星县教育扶贫投入资金1.2亿元。</description>
                    </item>
                  </channel>
                </rss>
                """.formatted(server.uri("/"), server.uri("/news/rss-1.html"), SampleTexts.FEED_RSS_ITEM,
                server.uri("/news/rss-2.html"));
    }

    private String atom() {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>溪口镇人民政府</title>
                  <id>urn:uuid:3f1c2a9e-0d55-4e41-9a57-6b0d1c2f8a10</id>
                  <updated>2020-10-28T10:00:00+08:00</updated>
                  <entry>
                    <title>溪口镇召开脱贫攻坚总结会</title>
                    <link rel="alternate" href="%1$s"/>
                    <id>urn:uuid:8a7e5b1d-2c3f-4d6e-9f01-23456789abcd</id>
                    <published>2020-10-28T10:00:00+08:00</published>
                    <updated>2020-10-29T08:00:00+08:00</updated>
                    <content type="html">&lt;p&gt;%2$s&lt;/p&gt;</content>
                  </entry>
                </feed>
                """.formatted(server.uri("/news/atom-1.html"), SampleTexts.FEED_ATOM_ENTRY);
    }
}
