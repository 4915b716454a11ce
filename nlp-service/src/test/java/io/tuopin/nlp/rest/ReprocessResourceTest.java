package io.tuopin.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TopicProbe;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /reprocess} with an API key set: writes need the key, one replay runs at a time (a second
 * gets 409 with the running one's progress), and a replay stops when its client cancels it or goes away.
 */
@QuarkusTest
@TestProfile(ReprocessResourceTest.Keyed.class)
@WithTestResource(KafkaTestResource.class)
class ReprocessResourceTest {
    private static final String KEY = "replay-key-1";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int ARTICLES = 400;

    public static class Keyed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.api-key", KEY);
        }
    }

    @TestHTTPResource("/reprocess")
    URL reprocess;

    /** Enough stored articles that a replay runs for a while. */
    @BeforeAll
    static void storeArticles() throws Exception {
        Map<String, String> records = new LinkedHashMap<>();
        for (int i = 0; i < ARTICLES; i++) {
            String text = "第" + i + "号简报：2019年，某县减少贫困人口" + (1000 + i) + "人，贫困发生率降到0." + (i % 9 + 1) + "%。";
            String id = ArticleIds.of(text);
            records.put(id, EventJson.mapper().writeValueAsString(new RawArticle(RawArticle.SCHEMA_VERSION, id, null,
                    null, "test", "2020-01-10", "text/plain", text, "http", "UTF-8", Instant.now())));
        }
        TopicProbe.onTestBroker().sendAll(Topics.ARTICLES_RAW, records);
    }

    @Test
    void aReplayNeedsTheKey() {
        given().when().post("/reprocess")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:tuopin:problem:unauthorized"));
        given().header("X-API-Key", "wrong").when().post("/reprocess").then().statusCode(401);
        given().when().delete("/reprocess").then().statusCode(401);
    }

    @Test
    void oneReplayAtATimeAndTheClientCanCancelIt() throws Exception {
        try (InputStream running = startReplay()) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(running, StandardCharsets.UTF_8));
            assertTrue(lines.readLine().startsWith("reprocessing"));

            given().header("X-API-Key", KEY).when().post("/reprocess")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:tuopin:problem:replay-running"))
                    .body("progress.total", greaterThan(0))
                    .body("detail", containsString("of"));

            given().header("X-API-Key", KEY).when().delete("/reprocess")
                    .then().statusCode(202).body("running", equalTo(true)).body("cancelled", equalTo(true));
            String last = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                last = line;
            }
            assertTrue(last != null && last.startsWith("cancelled"), "last line: " + last);
        }
        awaitIdle();
    }

    @Test
    void aReplayWhoseClientGoesAwayStops() throws Exception {
        try (InputStream running = startReplay()) {
            assertEquals('r', running.read());
            given().when().get("/reprocess").then().statusCode(200).body("running", equalTo(true));
        }
        awaitIdle();
        given().header("X-API-Key", KEY).when().delete("/reprocess").then().statusCode(404);
    }

    private InputStream startReplay() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(reprocess.toString())).header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static void awaitIdle() {
        await().atMost(WAIT).untilAsserted(() ->
                given().when().get("/reprocess").then().statusCode(200).body("running", equalTo(false)));
    }
}
