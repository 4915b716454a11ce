package io.tuopin.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.nlp.hostile.HostileCorpus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * On the real broker, with a budget no article can meet: the article goes to articles.raw.dlq as it
 * came, with the budget as the reason, and the consumer goes on with the next article.
 */
@QuarkusTest
@TestProfile(ArticleBudgetDeadLetterTest.TinyBudget.class)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ArticleBudgetDeadLetterTest {
    private static final Duration WAIT = Duration.ofSeconds(90);

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.nlp.article-budget", "5ms");
        }
    }

    private final TopicProbe kafka = TopicProbe.onTestBroker();

    @Test
    void articlePastItsBudgetIsDeadLetteredWithTheReasonAndTheNextOneIsStillRead() throws Exception {
        HostileArticles.Sent first = HostileArticles.send(kafka, HostileCorpus.kind("repeated-figures").at(2000));
        HostileArticles.Sent second = HostileArticles.send(kafka, HostileCorpus.kind("huge-paragraph").at(200));

        for (HostileArticles.Sent sent : List.of(first, second)) {
            List<ConsumerRecord<String, String>> dead = kafka.await(Topics.dlq(Topics.ARTICLES_RAW),
                    r -> sent.id().equals(r.key()), 1, WAIT);
            assertFalse(dead.isEmpty(), "no dead letter for " + sent.id());
            String reason = TopicProbe.header(dead.get(0), CloudEvents.DLQ_REASON);
            assertNotNull(reason);
            assertTrue(reason.contains("time budget of 5 ms"), reason);
            assertEquals(sent.value(), dead.get(0).value());
        }
    }
}
