package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.KafkaTestClient.recordsWithKey;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.T2;
import static io.tuopin.metrics.support.TestEvents.county;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.EventJson;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.events.schema.EventSchemas;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.metrics.support.KafkaTestClient;
import io.tuopin.metrics.support.PostgresRequired;
import io.tuopin.telemetry.testing.RecordedSpans;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** What metrics-service commits reaches articles.observations, once per change, with the trace of the record. */
@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ChangeStreamTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TRACE_ID = "5b8aa5a2d2c872e8321cf37308d69df2";
    private static final String SENDER_SPAN = "051581bf3cb55c13";

    @Inject
    RecordedSpans spans;

    @Test
    void aCommittedSetIsPublishedAsStoredAndAnUnchangedReplayIsNot() throws Exception {
        RegionRef region = county("990401", "测试变更甲县");
        String article = newArticleId();
        var first = metrics(article, T1, "2020-03-01", region, List.of(
                observation(article, region, "poor_population", "1286", "person", "2019-12", "stock", 10),
                observation(article, region, "poverty_incidence", "0.93", "percent", "2019-12", "rate", 40)));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, first));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, first)); // a redelivery: the set does not change
        var second = metrics(article, T2, "2020-03-01", region, List.of(
                observation(article, region, "poor_population", "1200", "person", "2019-12", "stock", 10)));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, second));

        List<ConsumerRecord<String, byte[]>> changes = recordsWithKey(Topics.ARTICLES_OBSERVATIONS, article, 2);
        assertEquals(2, changes.size(), "one record per change of the stored set");
        JsonNode committed = EventJson.mapper().readTree(changes.get(0).value());
        assertEquals(List.of(), EventSchemas.violations(EventSchemas.COMMITTED_OBSERVATIONS, committed));
        assertEquals(T1.toString(), committed.path("processedAt").asText());
        assertEquals("990401", committed.path("regionKey").asText());
        assertEquals(2, committed.path("observations").size());
        JsonNode incidence = committed.path("observations").get(1);
        assertEquals("poverty_incidence", incidence.path("indicator").asText());
        assertEquals("990401", incidence.path("regionKey").asText());
        assertEquals(0, incidence.path("value").decimalValue().compareTo(new java.math.BigDecimal("0.93")));
        assertEquals(CloudEvents.TYPE_ARTICLE_OBSERVATIONS, header(changes.get(0), CloudEvents.TYPE));
        assertEquals("metrics-service", header(changes.get(0), CloudEvents.SOURCE));
        assertTrue(header(changes.get(0), CloudEvents.ID).startsWith(article + ":"));

        JsonNode latest = EventJson.mapper().readTree(changes.get(1).value());
        assertEquals(T2.toString(), latest.path("processedAt").asText());
        assertEquals(1, latest.path("observations").size());
    }

    @Test
    void theTransactionContinuesTheRecordsTraceAndTheChangeCarriesIt() throws Exception {
        RegionRef region = county("990402", "测试变更乙县");
        String article = newArticleId();
        var event = metrics(article, T1, "2020-04-01", region, List.of(
                observation(article, region, "relocated_population", "17860", "person", "2019", "stock", 12)));
        TopicProbe.onTestBroker().send(Topics.ARTICLES_METRICS, article, EventJson.mapper().writeValueAsString(event),
                Map.of("traceparent", "00-" + TRACE_ID + "-" + SENDER_SPAN + "-01"));

        ConsumerRecord<String, byte[]> change = recordsWithKey(Topics.ARTICLES_OBSERVATIONS, article, 1).get(0);
        String traceparent = header(change, "traceparent");
        assertNotNull(traceparent, "the change carries the trace of the transaction that committed it");
        assertEquals(TRACE_ID, traceparent.split("-")[1]);
        SpanData received = spans.await(TRACE_ID, RecordedSpans.kind(SpanKind.CONSUMER), WAIT);
        assertEquals(SENDER_SPAN, received.getParentSpanId());
        SpanData transaction = spans.await(TRACE_ID, span -> "metrics.transaction".equals(span.getName()), WAIT);
        assertEquals(received.getSpanId(), transaction.getParentSpanId(), RecordedSpans.describe(spans.ofTrace(TRACE_ID)));
    }

    @Test
    void prometheusShowsRecordsDeadLettersTransactionsAndPublishedChangesPerTopic() {
        RegionRef region = county("990403", "测试变更丙县");
        String article = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-02-01", region, List.of(
                observation(article, region, "poor_population", "311", "person", "2019", "stock", 5)))));
        recordsWithKey(Topics.ARTICLES_OBSERVATIONS, article, 1);
        KafkaTestClient.publishRaw(Topics.ARTICLES_METRICS, newArticleId(), "{not json".getBytes(StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> given().get("/q/metrics").asString().contains("tuopin_consumer_lag{")
                && given().get("/q/metrics").asString().contains("tuopin_records_dead_lettered_total{topic=\"articles.metrics\"}"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tuopin_records_consumed_total{topic=\"articles.metrics\"}"))
                .body(containsString("tuopin_records_processed_total{topic=\"articles.metrics\"}"))
                .body(containsString("tuopin_records_failed_total{reason=\"PoisonRecordException\",topic=\"articles.metrics\"}"))
                .body(containsString("tuopin_metrics_projection_transactions_seconds_count{outcome=\"committed\"}"))
                .body(containsString("tuopin_metrics_outbox_published_total"))
                .body(containsString("tuopin_consumer_lag{group=\"metrics-service\",partition="));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
