package io.tuopin.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.events.ArticleIds;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.Requests;
import io.tuopin.ingest.support.SampleTexts;
import io.tuopin.kafka.local.KafkaTestResource;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@TestProfile(ApiKeyTest.WithApiKey.class)
class ApiKeyTest {
    private static final String KEY = "test-key-7f3a";

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.api-key", KEY, "tuopin.inbox.enabled", "false");
        }
    }

    @Test
    void writesNeedTheConfiguredKey() {
        byte[] body = SampleTexts.API_KEY_ARTICLE.getBytes(StandardCharsets.UTF_8);
        try (RawTopicProbe probe = RawTopicProbe.fromNow()) {
            Requests.given().contentType("text/plain").body(body)
                    .when().post("/articles")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("urn:tuopin:problem:unauthorized"))
                    .body("detail", containsString("X-API-Key"));
            Requests.given().contentType("text/plain").header("X-API-Key", "wrong").body(body)
                    .when().post("/articles")
                    .then().statusCode(401).contentType("application/problem+json");
            assertEquals(0, probe.readToEnd().size(), "a refused write publishes nothing");

            Requests.given().contentType("text/plain").header("X-API-Key", KEY).body(body)
                    .when().post("/articles")
                    .then().statusCode(202).body("id", equalTo(ArticleIds.of(SampleTexts.API_KEY_ARTICLE)));
            assertEquals(1, probe.readToEnd().size());
        }
    }

    @Test
    void readsStayOpen() {
        Requests.given().when().get("/q/health/live").then().statusCode(200);
    }
}
