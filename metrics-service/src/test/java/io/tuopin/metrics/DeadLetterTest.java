package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.KafkaTestClient.publishRaw;
import static io.tuopin.metrics.support.KafkaTestClient.recordsWithKey;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.county;
import static io.tuopin.metrics.support.TestEvents.entities;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.support.PostgresRequired;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    @Test
    void poisonRecordsAreDeadLetteredWithTheReasonAndThePartitionKeepsGoing() {
        String article = newArticleId();
        RegionRef region = county("990201", "测试死信县");
        byte[] badJson = "{\"schemaVersion\": 1, \"articleId\": ".getBytes(StandardCharsets.UTF_8);
        String futureVersion = "{\"schemaVersion\": 9, \"articleId\": \"" + article + "\"}";
        String noArticleId = "{\"schemaVersion\": 1, \"extractorVersion\": \"x\", \"processedAt\": \"2026-01-01T00:00:00Z\"}";
        publishRaw(Topics.ARTICLES_METRICS, article, badJson);
        publishRaw(Topics.ARTICLES_METRICS, article, futureVersion.getBytes(StandardCharsets.UTF_8));
        publishRaw(Topics.ARTICLES_METRICS, article, noArticleId.getBytes(StandardCharsets.UTF_8));

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", region, List.of(
                observation(article, region, "poor_population", "77", "person", "2019", "stock", 3)))));

        given().get("/api/regions/990201/observations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].value", equalTo(77));
        List<ConsumerRecord<String, byte[]>> dead = recordsWithKey(Topics.dlq(Topics.ARTICLES_METRICS), article, 3);
        assertEquals(3, dead.size());
        assertArrayEquals(badJson, dead.get(0).value());
        assertTrue(reason(dead.get(0)).startsWith("malformed ArticleMetrics JSON"), reason(dead.get(0)));
        assertTrue(reason(dead.get(1)).contains("unsupported schemaVersion 9"), reason(dead.get(1)));
        assertEquals("articleId is missing", reason(dead.get(2)));
        assertEquals(Topics.ARTICLES_METRICS, header(dead.get(2), CloudEvents.DLQ_SOURCE_TOPIC));
    }

    @Test
    void aPoisonEntitiesRecordGoesToItsOwnDeadLetterTopic() {
        String article = newArticleId();
        String noArticle = "{\"schemaVersion\": 1, \"articleId\": \"" + article
                + "\", \"extractorVersion\": \"x\", \"processedAt\": \"2026-01-01T00:00:00Z\"}";

        awaitConsumed(publishRaw(Topics.ARTICLES_ENTITIES, article, noArticle.getBytes(StandardCharsets.UTF_8)));

        List<ConsumerRecord<String, byte[]>> dead = recordsWithKey(Topics.dlq(Topics.ARTICLES_ENTITIES), article, 1);
        assertEquals("article is missing", reason(dead.get(0)));
        given().get("/api/articles/" + article).then().statusCode(404);
    }

    @Test
    void recordsThatMisstateTheirKeyTimeOrRegionAreDeadLetteredWithTheReason() {
        String article = newArticleId();
        RegionRef region = county("990201", "测试死信县");
        RegionRef nowhere = county("998877", "无此县");
        String otherKey = newArticleId();
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        publish(Topics.ARTICLES_METRICS, otherKey, metrics(article, T1, "2020-01-01", region, List.of(
                observation(article, region, "poor_population", "11", "person", "2019", "stock", 3))));
        publish(Topics.ARTICLES_METRICS, article, metrics(article, tomorrow, "2020-01-01", region, List.of(
                observation(article, region, "poor_population", "22", "person", "2019", "stock", 3))));
        publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", region, List.of(
                observation(article, nowhere, "poor_population", "33", "person", "2019", "stock", 3))));
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, article, entities(article, T1, "无此县的报道", nowhere,
                List.of(new RegionInfo("998877", "无此县", "county", null, null)))));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", region, List.of(
                observation(article, region, "poor_population", "44", "person", "2019", "stock", 3)))));

        given().get("/api/regions/990201/observations").then().statusCode(200)
                .body("items.value", org.hamcrest.Matchers.hasItem(44))
                .body("items.value", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(11, 22)));
        given().get("/api/regions/998877").then().statusCode(404);
        assertTrue(reason(recordsWithKey(Topics.dlq(Topics.ARTICLES_METRICS), otherKey, 1).get(0))
                .contains("is not its articleId"));
        List<ConsumerRecord<String, byte[]>> dead = recordsWithKey(Topics.dlq(Topics.ARTICLES_METRICS), article, 2);
        assertTrue(reason(dead.get(0)).contains("in the future"), reason(dead.get(0)));
        assertTrue(reason(dead.get(1)).contains("998877") && reason(dead.get(1)).contains("gazetteer"),
                reason(dead.get(1)));
        String entitiesReason = reason(recordsWithKey(Topics.dlq(Topics.ARTICLES_ENTITIES), article, 1).get(0));
        assertTrue(entitiesReason.contains("998877"), entitiesReason);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        return header(record, CloudEvents.DLQ_REASON);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
