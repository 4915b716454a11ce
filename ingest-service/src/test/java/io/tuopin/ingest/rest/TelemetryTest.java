package io.tuopin.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.Topics;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.Requests;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.telemetry.ArticleLogContext;
import io.tuopin.telemetry.testing.RecordedSpans;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An article's trace starts at the HTTP request (continuing a caller's W3C context) or at the inbox
 * file, and its context leaves with the record on articles.raw; the Prometheus endpoint counts the outcomes.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class TelemetryTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";
    private static final String POSTED = "2019年，枫林县累计投入扶贫资金3.1亿元，贫困发生率由9.8%降至0.5%。";
    private static final String DROPPED = "截至2020年底，杉木村建成光伏电站2座，村集体年收入增加到26万元。";

    @Inject
    RecordedSpans spans;

    @ConfigProperty(name = "tuopin.inbox.dir")
    String inboxDir;

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
    void aPostedArticlesTraceContinuesTheCallersAndTravelsWithTheRecord() throws Exception {
        String id = ArticleIds.of(POSTED);
        Requests.given().contentType("text/plain; charset=UTF-8").header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .body(POSTED.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then().statusCode(202);

        assertEquals(TRACE_ID, traceIdOf(single(id)));
        SpanData server = spans.await(TRACE_ID, RecordedSpans.kind(SpanKind.SERVER), WAIT);
        assertEquals(CALLER_SPAN, server.getParentSpanId());
        SpanData ingest = spans.await(TRACE_ID, span -> "ingest.article".equals(span.getName()), WAIT);
        assertEquals(server.getSpanId(), ingest.getParentSpanId());
        assertEquals(id, ingest.getAttributes().get(AttributeKey.stringKey(ArticleLogContext.SPAN_ATTRIBUTE)));
        SpanData sent = spans.await(TRACE_ID, RecordedSpans.kind(SpanKind.PRODUCER), WAIT);
        assertEquals(ingest.getSpanId(), sent.getParentSpanId());
        assertTrue(sent.getName().startsWith(Topics.ARTICLES_RAW), sent.getName());
    }

    @Test
    void anInboxFileStartsATraceOfItsOwn() throws Exception {
        String id = ArticleIds.of(DROPPED);
        Path inbox = Files.createDirectories(Path.of(inboxDir));
        Files.writeString(inbox.resolve("杉木村.txt"), DROPPED, StandardCharsets.UTF_8);

        String traceId = traceIdOf(awaitRecord(id));
        SpanData ingest = spans.await(traceId, span -> "ingest.article".equals(span.getName()), WAIT);
        assertEquals(SpanId.getInvalid(), ingest.getParentSpanId(), "the inbox file's span is the root");
        assertEquals("inbox", ingest.getAttributes().get(AttributeKey.stringKey("tuopin.ingest.channel")));
        SpanData sent = spans.await(traceId, RecordedSpans.kind(SpanKind.PRODUCER), WAIT);
        assertEquals(ingest.getSpanId(), sent.getParentSpanId());
    }

    @Test
    void prometheusCountsAcceptedAndRejectedArticlesByReason() {
        Requests.given().contentType("text/plain").body(new byte[0]).when().post("/articles").then().statusCode(400);
        Requests.given().contentType("text/plain; charset=UTF-8")
                .body("2018年，竹溪乡新修产业路42公里，带动贫困户312户。".getBytes(StandardCharsets.UTF_8))
                .when().post("/articles").then().statusCode(202);

        Requests.given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("tuopin_ingest_articles_total{channel=\"http\",outcome=\"accepted\",reason=\"none\"}"))
                .body(containsString("tuopin_ingest_articles_total{channel=\"http\",outcome=\"rejected\",reason=\"empty-body\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    private ConsumerRecord<String, String> single(String id) {
        List<ConsumerRecord<String, String>> records = probe.recordsWithKey(id);
        assertEquals(1, records.size());
        return records.get(0);
    }

    private ConsumerRecord<String, String> awaitRecord(String id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<String, String>> records = probe.recordsWithKey(id);
            if (!records.isEmpty()) {
                return records.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the inbox file never reached articles.raw");
    }

    private static String traceIdOf(ConsumerRecord<String, String> record) {
        String traceparent = RawTopicProbe.header(record, "traceparent");
        assertNotNull(traceparent, "articles.raw record without traceparent");
        return traceparent.split("-")[1];
    }
}
