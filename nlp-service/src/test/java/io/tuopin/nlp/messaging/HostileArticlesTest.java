package io.tuopin.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.nlp.hostile.HostileCorpus;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus through the real broker with the service's own configuration: every item that
 * fits a Kafka record ends, within its time budget (and the time to publish), either with its results
 * on articles.metrics or as a dead letter whose reason names the budget; none is lost, none stalls the
 * consumer, and no other failure occurs. Items above the broker's record size (the 5 MB article, the
 * huge paragraph) cannot reach articles.raw at all; HostileInputTest runs them through the stage.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class HostileArticlesTest {
    /** The default budget (60 s), the time to publish and the load of a shared machine. */
    private static final Duration WAIT = Duration.ofMinutes(4);

    private final TopicProbe kafka = TopicProbe.onTestBroker();

    @Test
    void everyItemEndsWithItsResultsOrADeadLetterNamingTheBudget() throws Exception {
        Map<String, String> pending = new HashMap<>();
        for (HostileCorpus.Item item : HostileCorpus.items()) {
            if (HostileArticles.fitsARecord(item)) {
                pending.put(HostileArticles.send(kafka, item).id(), item.name());
            }
        }
        assertTrue(pending.size() >= 15, "too few items fit a record: " + pending.values());

        Set<String> results = new HashSet<>();
        Map<String, String> deadLetters = new HashMap<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (results.size() + deadLetters.size() < pending.size() && System.nanoTime() < deadline) {
            kafka.await(Topics.ARTICLES_METRICS, r -> pending.containsKey(r.key()), pending.size(), Duration.ofSeconds(3))
                    .forEach(r -> results.add(r.key()));
            List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.ARTICLES_RAW),
                    r -> pending.containsKey(r.key()), pending.size(), Duration.ofSeconds(3));
            dead.forEach(r -> deadLetters.put(r.key(), TopicProbe.header(r, CloudEvents.DLQ_REASON)));
        }

        Set<String> unanswered = new HashSet<>(pending.keySet());
        unanswered.removeAll(results);
        unanswered.removeAll(deadLetters.keySet());
        assertEquals(Set.of(), names(unanswered, pending), "items with neither results nor a dead letter");
        deadLetters.forEach((id, reason) -> assertTrue(reason != null && reason.contains("time budget"),
                pending.get(id) + " was dead-lettered for another reason: " + reason));
        System.out.println("HOSTILE via broker: results " + names(results, pending) + "; dead letters "
                + names(deadLetters.keySet(), pending));
    }

    private static Set<String> names(Set<String> ids, Map<String, String> pending) {
        Set<String> names = new HashSet<>();
        ids.forEach(id -> names.add(pending.get(id)));
        return names;
    }
}
