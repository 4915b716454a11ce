package io.tuopin.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.telemetry.ArticleLogContext;
import io.tuopin.telemetry.testing.RecordedSpans;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The W3C trace context that arrives with an articles.raw record goes on with both results: the
 * consumer's span continues the sender's trace, and the records on articles.entities and
 * articles.metrics carry a traceparent of the same trace.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class TraceContextTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_SPAN = "00f067aa0ba902b7";

    @Inject
    RecordedSpans spans;

    private final TopicProbe kafka = TopicProbe.onTestBroker();

    @Test
    void theIncomingTraceContinuesThroughProcessingIntoBothResultTopics() throws Exception {
        String text = "静宁县脱贫攻坚工作报告\n截至2019年底，静宁县贫困发生率下降到0.6%，累计减贫1.9万户8.1万人。";
        String id = ArticleIds.of(text);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null, "test", "2020-01-12",
                "text/plain", text, "http", "UTF-8", Instant.now());
        kafka.send(Topics.ARTICLES_RAW, id, EventJson.mapper().writeValueAsString(raw),
                Map.of("traceparent", "00-" + TRACE_ID + "-" + PARENT_SPAN + "-01"));

        for (String topic : List.of(Topics.ARTICLES_ENTITIES, Topics.ARTICLES_METRICS)) {
            ConsumerRecord<String, String> result = kafka.await(topic, r -> id.equals(r.key()), 1, WAIT).get(0);
            String traceparent = TopicProbe.header(result, "traceparent");
            assertNotNull(traceparent, topic + " record without traceparent");
            assertEquals(TRACE_ID, traceparent.split("-")[1], topic + ": " + traceparent);
            assertNotEquals(PARENT_SPAN, traceparent.split("-")[2], "the result is sent from a span of nlp-service");
        }
        SpanData received = spans.await(TRACE_ID, RecordedSpans.kind(SpanKind.CONSUMER), WAIT);
        assertEquals(PARENT_SPAN, received.getParentSpanId(), RecordedSpans.describe(spans.ofTrace(TRACE_ID)));
        SpanData processing = spans.await(TRACE_ID, span -> "nlp.process-article".equals(span.getName()), WAIT);
        assertEquals(received.getSpanId(), processing.getParentSpanId());
        assertEquals(id, processing.getAttributes().get(AttributeKey.stringKey(ArticleLogContext.SPAN_ATTRIBUTE)));
        for (String topic : List.of(Topics.ARTICLES_ENTITIES, Topics.ARTICLES_METRICS)) {
            SpanData sent = spans.await(TRACE_ID, span -> span.getKind() == SpanKind.PRODUCER
                    && span.getName().startsWith(topic), WAIT);
            assertEquals(processing.getSpanId(), sent.getParentSpanId(), topic + " is sent while processing");
        }
    }
}
