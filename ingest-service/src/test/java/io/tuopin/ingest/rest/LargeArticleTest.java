package io.tuopin.ingest.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.events.ArticleIds;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.Requests;
import io.tuopin.kafka.local.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An article within the ingest limit is stored, however much larger than Kafka's default 1 MiB
 * record: the producer's and the topics' limits sit above the ingest limit.
 */
@QuarkusTest
@TestProfile(LargeArticleTest.ThreeMegabytes.class)
@WithTestResource(KafkaTestResource.class)
class LargeArticleTest {

    public static class ThreeMegabytes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.ingest.max-body-size", "3M", "tuopin.inbox.enabled", "false");
        }
    }

    @Test
    void aTwoMegabyteArticleIsStored() {
        String text = "截至2019年底，全县贫困发生率下降到0.5%。".repeat(35_000); // 2.1 MB as UTF-8
        String id = ArticleIds.of(text);
        try (RawTopicProbe probe = RawTopicProbe.fromNow()) {
            Requests.given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles")
                    .then().statusCode(202).body("id", equalTo(id));
            assertEquals(1, probe.recordsWithKey(id).size());
        }
    }
}
