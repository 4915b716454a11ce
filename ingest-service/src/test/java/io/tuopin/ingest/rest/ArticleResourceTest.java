package io.tuopin.ingest.rest;

import static io.tuopin.ingest.support.RawTopicProbe.article;
import static io.tuopin.ingest.support.RawTopicProbe.header;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.RawArticle;
import io.tuopin.events.ArticleFieldLimits;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.Requests;
import io.tuopin.ingest.support.SampleTexts;
import io.tuopin.kafka.local.KafkaTestResource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class ArticleResourceTest {
    private RawTopicProbe probe;

    @BeforeEach
    void openProbe() {
        probe = RawTopicProbe.fromNow();
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void jsonArticleIsPublishedWithKeyHeadersAndPayload() {
        String id = ArticleIds.of(SampleTexts.JSON_ARTICLE);
        Map<String, Object> json = Map.of("title", "清河县脱贫攻坚取得决定性成效", "url", "https://news.example.cn/a/1001.html",
                "source", "清河日报", "publishedAt", "2020-01-08", "content", SampleTexts.JSON_ARTICLE);
        Instant before = Instant.now();

        Requests.given().contentType("application/json").body(json)
                .when().post("/articles")
                .then().statusCode(202).contentType("application/json")
                .body("id", equalTo(id)).body("status", equalTo("accepted"));

        List<ConsumerRecord<String, String>> records = probe.recordsWithKey(id);
        assertEquals(1, records.size());
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(id, header(record, CloudEvents.ID));
        assertEquals(CloudEvents.TYPE_ARTICLE_RAW, header(record, CloudEvents.TYPE));
        assertEquals("ingest-service", header(record, CloudEvents.SOURCE));
        assertEquals(CloudEvents.SPEC_VERSION_VALUE, header(record, CloudEvents.SPEC_VERSION));
        assertNotNull(header(record, CloudEvents.TIME));
        RawArticle raw = article(record);
        assertEquals(new RawArticle(1, id, "清河县脱贫攻坚取得决定性成效", "https://news.example.cn/a/1001.html", "清河日报",
                "2020-01-08", "text/plain", SampleTexts.JSON_ARTICLE, "http", "UTF-8", raw.receivedAt()), raw);
        assertTrue(!raw.receivedAt().isBefore(before.minusSeconds(1)));
    }

    @Test
    void theSendersRegionTravelsAsItsCode() {
        String json = "{\"content\": \"我县今年新建扶贫车间12个，带动就业300人。\", \"region\": \"汾西县\"}";
        String id = ArticleIds.of("我县今年新建扶贫车间12个，带动就业300人。");
        post("application/json", json.getBytes(StandardCharsets.UTF_8)).statusCode(202);
        assertEquals("141034", article(probe.recordsWithKey(id).get(0)).region());

        String text = "全村今年新修道路3公里。";
        Requests.given().contentType("text/plain").queryParam("region", "620122105201").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then().statusCode(202);
        assertEquals("620122105201", article(probe.recordsWithKey(ArticleIds.of(text)).get(0)).region());
    }

    @Test
    void sameArticleInGbkAndUtf8IsOneArticle() {
        String id = ArticleIds.of(SampleTexts.GBK_ARTICLE);

        Requests.given().contentType("text/plain; charset=GBK").body(SampleTexts.GBK_ARTICLE.getBytes(Charset.forName("GBK")))
                .queryParam("title", "柳溪镇搬迁安置").queryParam("publishedAt", "2020-12-30")
                .when().post("/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("status", equalTo("accepted"));
        Requests.given().contentType("application/json")
                .body(Map.of("content", " \u3000" + SampleTexts.GBK_ARTICLE + "\r\n"))
                .when().post("/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("duplicate"));

        List<ConsumerRecord<String, String>> records = probe.recordsWithKey(id);
        assertEquals(1, records.size());
        RawArticle raw = article(records.get(0));
        assertEquals("GB18030", raw.charset());
        assertEquals("柳溪镇搬迁安置", raw.title());
        assertEquals("2020-12-30", raw.publishedAt());
        assertEquals(SampleTexts.GBK_ARTICLE, raw.content());
    }

    @Test
    void concurrentCopiesOfOneArticleArePublishedOnce() throws Exception {
        String content = "2020年，桃源村发展中药材种植1,200亩，带动贫困户96户，户均增收3,800元。";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = pool.invokeAll(Collections.nCopies(6, () -> Requests.given()
                    .contentType("text/plain; charset=UTF-8").body(content.getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles").then().extract().statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(List.of(200, 200, 200, 200, 200, 202), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, probe.recordsWithKey(ArticleIds.of(content)).size());
    }

    @Test
    void big5TextWithoutDeclaredCharsetIsDetected() {
        String id = ArticleIds.of(SampleTexts.BIG5_ARTICLE);

        Requests.given().contentType("text/plain").body(SampleTexts.BIG5_ARTICLE.getBytes(Charset.forName("Big5")))
                .when().post("/articles")
                .then().statusCode(202).body("id", equalTo(id));

        RawArticle raw = article(probe.recordsWithKey(id).get(0));
        assertEquals(SampleTexts.BIG5_ARTICLE, raw.content());
        assertTrue(raw.charset().startsWith("Big5"), raw.charset());
    }

    @Test
    void htmlDeclaringItsCharsetInAMetaTagIsDecodedWithIt() {
        String html = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>石门乡金融扶贫</title></head><body><p>" + SampleTexts.HTML_ARTICLE + "</p></body></html>";
        String id = ArticleIds.of(html);

        Requests.given().contentType("text/html").body(html.getBytes(Charset.forName("GB2312")))
                .queryParam("source", "石门乡人民政府网")
                .when().post("/articles")
                .then().statusCode(202).body("id", equalTo(id));

        RawArticle raw = article(probe.recordsWithKey(id).get(0));
        assertEquals(html, raw.content());
        assertEquals("text/html", raw.contentType());
        assertEquals("GB18030", raw.charset());
        assertEquals("石门乡人民政府网", raw.source());
    }

    @Test
    void everyBadInputIsAProblemAndNothingIsPublished() {
        problem(post("application/json", new byte[0]), 400, "empty-body");
        problem(post("text/plain", new byte[0]), 400, "empty-body");
        problem(post("application/json", "{\"title\": \"缺少正文\", ".getBytes(StandardCharsets.UTF_8)), 400, "invalid-json");
        problem(post("application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), 400, "invalid-json");
        problem(post("application/json", "{\"title\": \"只有标题\"}".getBytes(StandardCharsets.UTF_8)), 400, "missing-content");
        problem(post("application/json", "{\"content\": \" \\u3000 \"}".getBytes(StandardCharsets.UTF_8)), 400, "missing-content");
        problem(post("text/plain", "\n\t  \n".getBytes(StandardCharsets.UTF_8)), 400, "missing-content");
        problem(post("application/json", json("县里新建扶贫车间5个", "2020-13-45")), 400, "invalid-published-at");
        problem(post("application/json", "{\"content\": \"县里新建扶贫车间5个\", \"region\": \"火星县\"}"
                .getBytes(StandardCharsets.UTF_8)), 400, "unknown-region")
                .body("detail", org.hamcrest.Matchers.containsString("火星县"));
        problem(Requests.given().contentType("text/plain").queryParam("region", "永安镇")
                .body("县里新建扶贫车间5个".getBytes(StandardCharsets.UTF_8)).when().post("/articles").then(), 400, "unknown-region")
                .body("detail", org.hamcrest.Matchers.containsString("give the code"));
        problem(post("application/xml", "<article>扶贫</article>".getBytes(StandardCharsets.UTF_8)), 415, "unsupported-media-type");
        problem(Requests.given().body("扶贫".getBytes(StandardCharsets.UTF_8)).when().post("/articles").then(),
                415, "unsupported-media-type");
        problem(post("text/plain", new byte[] {(byte) 0xFF, (byte) 0xFF, 0x41, (byte) 0xFE, (byte) 0x80, 0x00}), 400, "undecodable");
        problem(post("text/plain; charset=klingon-8", "贫困户".getBytes(StandardCharsets.UTF_8)), 400, "undecodable");
        post("application/json", json("县里新建扶贫车间5个", null)).statusCode(202);
        byte[] big = new byte[65 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        problem(post("text/plain", big), 413, "body-too-large");

        assertEquals(List.of(ArticleIds.of("县里新建扶贫车间5个")),
                probe.readToEnd().stream().filter(r -> "http".equals(article(r).channel())).map(ConsumerRecord::key).toList(),
                "only the one valid request may publish");
    }

    @Test
    void gbkJsonWithoutDeclaredCharsetIsRejectedAsNotUtf8() {
        byte[] gbkJson = ("{\"content\": \"" + "全村脱贫户年底分红共计12万元" + "\"}").getBytes(Charset.forName("GBK"));

        problem(post("application/json", gbkJson), 400, "undecodable")
                .body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
    }

    @Test
    void onlyHttpAndHttpsSourceLinksAreAccepted() {
        for (String url : List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
                "file:///etc/passwd", "vbscript:msgbox", "https:no-host")) {
            problem(Requests.given().contentType("text/plain").queryParam("url", url)
                    .body("2020年全村脱贫户年底分红共计12万元。".getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles").then(), 400, "invalid-url")
                    .body("detail", org.hamcrest.Matchers.containsString("http"));
        }
        assertTrue(probe.readToEnd().isEmpty(), "no script link may be stored");
    }

    @Test
    void overlongTitleSourceOrUrlIsRefusedByName() {
        String text = "2020年全村新修产业路3.5公里。";
        Map<String, String> overlong = Map.of("title", "题".repeat(ArticleFieldLimits.TITLE + 1),
                "source", "源".repeat(ArticleFieldLimits.SOURCE + 1),
                "url", "https://news.example.cn/" + "a".repeat(ArticleFieldLimits.URL));
        overlong.forEach((field, value) -> problem(Requests.given().contentType("application/json")
                .body(Map.of("content", text, field, value)).when().post("/articles").then(), 400, "field-too-long")
                .body("detail", org.hamcrest.Matchers.containsString(field)));
        assertTrue(probe.readToEnd().isEmpty());
    }

    @Test
    void anArticleWhoseRecordWouldExceedTheLimitIsA413() {
        // 30,000 characters: 60,000 bytes of GBK, under the 64 KiB body limit, but 90,000 bytes as the stored UTF-8 record
        byte[] gbk = "扶贫".repeat(15_000).getBytes(Charset.forName("GBK"));

        problem(post("text/plain; charset=GBK", gbk), 413, "article-too-large")
                .body("detail", org.hamcrest.Matchers.containsString("65536"));
        assertTrue(probe.readToEnd().isEmpty());
    }

    private static ValidatableResponse post(String contentType, byte[] body) {
        return Requests.given().contentType(contentType).body(body).when().post("/articles").then();
    }

    private static byte[] json(String content, String publishedAt) {
        String date = publishedAt == null ? "" : ", \"publishedAt\": \"" + publishedAt + "\"";
        return ("{\"content\": \"" + content + "\"" + date + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String kind) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("urn:tuopin:problem:" + kind))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
    }
}
