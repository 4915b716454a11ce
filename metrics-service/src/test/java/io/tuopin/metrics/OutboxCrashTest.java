package io.tuopin.metrics;

import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.KafkaTestClient.recordsWithKey;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.county;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.events.EventJson;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TestKafkaBroker;
import io.tuopin.metrics.messaging.ObservationRelay;
import io.tuopin.metrics.repository.ObservationSetRepository;
import io.tuopin.metrics.repository.ObservationChangeRepository;
import io.tuopin.metrics.service.ObservationChanges;
import io.tuopin.metrics.support.PostgresRequired;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The relay is stopped, as in a process that crashed right after its transaction committed: the
 * change waits in the outbox and nothing is on the topic; the relay of the restarted process
 * publishes it. No change is lost between commit and publication.
 */
@QuarkusTest
@TestProfile(OutboxCrashTest.RelayStopped.class)
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxCrashTest {

    public static class RelayStopped implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.metrics.outbox.enabled", "false");
        }
    }

    @Inject
    ObservationChangeRepository outbox;

    @Inject
    ObservationSetRepository sets;

    @Inject
    ObservationRelay relay;

    @Inject
    ObservationChanges changes;

    @Test
    void aChangeCommittedBeforeACrashIsPublishedAfterTheRestart() throws Exception {
        RegionRef region = county("990501", "测试外发甲县");
        String article = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-06-01", region, List.of(
                observation(article, region, "poverty_incidence", "0.4", "percent", "2019-12", "rate", 8)))));

        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> outbox.countByArticle(article)),
                "the committed change waits in the outbox");
        assertEquals(0, recordsNow(article).size(), "nothing was published before the crash");

        drainOutbox();

        List<ConsumerRecord<String, byte[]>> published = recordsWithKey(Topics.ARTICLES_OBSERVATIONS, article, 1);
        JsonNode committed = EventJson.mapper().readTree(published.get(0).value());
        assertEquals("0.4", committed.at("/observations/0/value").decimalValue().stripTrailingZeros().toPlainString());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> outbox.countByArticle(article)));
    }

    @Test
    void aRemovedSetBecomesATombstone() {
        RegionRef region = county("990502", "测试外发乙县");
        String article = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-06-02", region, List.of(
                observation(article, region, "poor_population", "77", "person", "2019", "stock", 8)))));
        drainOutbox();

        QuarkusTransaction.requiringNew().run(() -> {
            sets.deleteById(article);
            changes.capture(article);
        });
        drainOutbox();

        List<ConsumerRecord<String, byte[]>> published = recordsWithKey(Topics.ARTICLES_OBSERVATIONS, article, 2);
        assertEquals(2, published.size());
        assertNull(published.get(1).value(), "the second record is a tombstone");
    }

    /** What the relay of a restarted process does first. */
    private void drainOutbox() {
        int published;
        do {
            published = relay.relayOnce();
        } while (published > 0);
    }

    /** Records of the article on the topic right now, read to the current end without waiting for more. */
    private static List<ConsumerRecord<String, byte[]>> recordsNow(String article) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafkaBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-now-" + UUID.randomUUID());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_OBSERVATIONS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (article.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }
}
