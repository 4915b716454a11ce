package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.gateway.fake.FakeUpstreams;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiKeyTest.Keyed.class)
class ApiKeyTest {
    private static final String KEY = "test-key-7f3a";

    public static class Keyed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.api-key", KEY);
        }
    }

    @Test
    void writesNeedTheKeyAndNothingReachesIngestWithoutIt() {
        byte[] before = FakeUpstreams.ingest().lastBody();
        String article = "{\"content\":\"某县2019年贫困发生率降至0.4%。" + System.nanoTime() + "\"}";
        given().contentType("application/json").body(article).when().post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("X-API-Key"));
        given().contentType("application/json").header("X-API-Key", "wrong").body(article).when().post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json");
        assertArrayEquals(before, FakeUpstreams.ingest().lastBody(), "a rejected post must not be forwarded");

        given().contentType("application/json").header("X-API-Key", KEY).body(article).when().post("/api/articles")
                .then().statusCode(202).body("status", equalTo("accepted"));
        assertArrayEquals(article.getBytes(StandardCharsets.UTF_8), FakeUpstreams.ingest().lastBody());
        assertEquals(KEY, FakeUpstreams.ingest().lastApiKey(), "the gateway forwards the key to ingest");
    }

    @Test
    void readsStayOpenUnlessConfigured() {
        given().when().get("/api/regions/141030").then().statusCode(200);
    }
}
