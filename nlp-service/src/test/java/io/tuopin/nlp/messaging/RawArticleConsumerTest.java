package io.tuopin.nlp.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.nlp.service.ExtractorVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** nlp-service on the real in-process broker: articles.raw in, articles.entities and articles.metrics out. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class RawArticleConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String ARTICLE = "会宁县扶贫开发工作综述\n"
            + "截至2019年底，会宁县建档立卡贫困人口累计减贫2.1万户9.35万人，贫困发生率由2013年的36.5%下降到0.9%。"
            + "全县投入各类扶贫资金28.6亿元，易地扶贫搬迁4120户17860人。";

    private final TopicProbe kafka = TopicProbe.onTestBroker();

    @Test
    void processedArticleYieldsOneEntitiesAndOneMetricsRecordKeyedByArticleId() throws Exception {
        String id = ArticleIds.of(ARTICLE);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null, "test", "2020-01-10",
                "text/plain", ARTICLE, "http", "UTF-8", Instant.now());
        kafka.send(Topics.ARTICLES_RAW, id, EventJson.mapper().writeValueAsString(raw));

        ConsumerRecord<String, String> entities = single(Topics.ARTICLES_ENTITIES, id);
        assertEquals(CloudEvents.TYPE_ARTICLE_ENTITIES, TopicProbe.header(entities, CloudEvents.TYPE));
        assertEquals("nlp-service", TopicProbe.header(entities, CloudEvents.SOURCE));
        assertEquals(id + ":" + ExtractorVersion.CURRENT, TopicProbe.header(entities, CloudEvents.ID));
        JsonNode entityPayload = EventJson.mapper().readTree(entities.value());
        assertEquals(1, entityPayload.path("schemaVersion").asInt());
        assertEquals("620422", entityPayload.path("article").path("region").path("code").asText());

        ConsumerRecord<String, String> metrics = single(Topics.ARTICLES_METRICS, id);
        assertEquals(CloudEvents.TYPE_ARTICLE_METRICS, TopicProbe.header(metrics, CloudEvents.TYPE));
        JsonNode metricPayload = EventJson.mapper().readTree(metrics.value());
        assertEquals(ExtractorVersion.CURRENT, metricPayload.path("extractorVersion").asText());
        assertTrue(containsObservation(metricPayload, "poverty_incidence", "0.9"), metricPayload.toString());
        assertTrue(containsObservation(metricPayload, "relocated_population", "17860"), metricPayload.toString());
    }

    @Test
    void theSendersRegionIsTheSubjectOfAnArticleThatNamesNoPlace() throws Exception {
        String text = "我县脱贫攻坚工作总结\n今年我县投入扶贫资金2.5亿元，全县贫困发生率降至0.5%。";
        String id = ArticleIds.of(text);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null, "test", "2020-01-10",
                "text/plain", text, "feed", "UTF-8", Instant.now(), "141034");
        kafka.send(Topics.ARTICLES_RAW, id, EventJson.mapper().writeValueAsString(raw));

        JsonNode entities = EventJson.mapper().readTree(single(Topics.ARTICLES_ENTITIES, id).value());
        assertEquals("141034", entities.path("article").path("region").path("code").asText(), entities.toString());
        JsonNode metrics = EventJson.mapper().readTree(single(Topics.ARTICLES_METRICS, id).value());
        assertEquals("141034", metrics.path("region").path("code").asText());
    }

    @Test
    void aRegionHintNoGazetteerKnowsIsDeadLetteredWithTheReason() throws Exception {
        String text = "今年投入扶贫资金2.5亿元。";
        String id = ArticleIds.of(text);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null, "test", null,
                "text/plain", text, "http", "UTF-8", Instant.now(), "999999");
        kafka.send(Topics.ARTICLES_RAW, id, EventJson.mapper().writeValueAsString(raw));
        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.ARTICLES_RAW),
                r -> id.equals(r.key()), 1, WAIT);
        assertFalse(dead.isEmpty(), "no dead letter for the unknown region hint");
        String reason = TopicProbe.header(dead.get(0), CloudEvents.DLQ_REASON);
        assertTrue(reason != null && reason.contains("999999"), reason);
    }

    @Test
    void reprocessingPublishesFreshResultsForStoredArticles() throws Exception {
        String text = ARTICLE + "\n2019年全县剩余贫困人口1260户3420人全部脱贫。";
        String id = ArticleIds.of(text);
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, null, null, "test", "2020-01-10",
                "text/plain", text, "http", "UTF-8", Instant.now());
        Instant sent = Instant.now().minusSeconds(1);
        kafka.send(Topics.ARTICLES_RAW, id, EventJson.mapper().writeValueAsString(raw));
        Instant first = Instant.parse(EventJson.mapper().readTree(single(Topics.ARTICLES_METRICS, id).value())
                .path("processedAt").asText());

        // since: only this test's record, not the (hostile) articles other test classes left on the shared broker
        String progress = given().queryParam("since", sent.toString()).post("/reprocess")
                .then().statusCode(200).extract().asString();

        assertTrue(progress.contains("done:"), progress);
        List<ConsumerRecord<String, String>> both = kafka.await(Topics.ARTICLES_METRICS, r -> id.equals(r.key()), 2, WAIT);
        assertEquals(2, both.size());
        Instant second = Instant.parse(EventJson.mapper().readTree(both.get(1).value()).path("processedAt").asText());
        assertTrue(second.isAfter(first), first + " then " + second);
    }

    @Test
    void unreadableRecordIsDeadLetteredWithTheReason() throws Exception {
        kafka.send(Topics.ARTICLES_RAW, "poison-1", "{not json");
        List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.ARTICLES_RAW),
                r -> "poison-1".equals(r.key()), 1, WAIT);
        assertFalse(dead.isEmpty(), "no dead letter for the malformed record");
        String reason = TopicProbe.header(dead.get(0), CloudEvents.DLQ_REASON);
        assertNotNull(reason);
        assertTrue(reason.contains("not a RawArticle JSON document"), reason);
        assertEquals("{not json", dead.get(0).value());
    }

    private ConsumerRecord<String, String> single(String topic, String key) {
        List<ConsumerRecord<String, String>> records = kafka.await(topic, r -> key.equals(r.key()), 1, WAIT);
        assertEquals(1, records.size(), "expected one record for " + key + " on " + topic);
        return records.get(0);
    }

    private static boolean containsObservation(JsonNode metrics, String indicator, String value) {
        for (JsonNode o : metrics.path("metrics")) {
            if (indicator.equals(o.path("indicator").asText())
                    && new java.math.BigDecimal(value).compareTo(o.path("value").decimalValue()) == 0) {
                return true;
            }
        }
        return false;
    }
}
