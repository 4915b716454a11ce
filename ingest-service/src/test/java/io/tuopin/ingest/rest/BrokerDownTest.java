package io.tuopin.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.ingest.support.Requests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No broker at all: the service must refuse with 503 in bounded time instead of hanging or pretending. */
@QuarkusTest
@TestProfile(BrokerDownTest.NoBroker.class)
class BrokerDownTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + closedPort(),
                    "tuopin.inbox.enabled", "false",
                    "tuopin.ingest.publish-timeout", "8s",
                    "mp.messaging.outgoing.articles-raw.max.block.ms", "1500",
                    "mp.messaging.outgoing.articles-raw.request.timeout.ms", "1500",
                    "mp.messaging.outgoing.articles-raw.delivery.timeout.ms", "3000");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void unacknowledgedArticleIsA503ProblemWithinBoundedTime() {
        Instant start = Instant.now();

        Requests.given().contentType("text/plain")
                .body("2020年，北坡村新建蔬菜大棚42座，带动贫困户37户。".getBytes(StandardCharsets.UTF_8))
                .when().post("/articles")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("urn:tuopin:problem:broker-unavailable"))
                .body("detail", containsString("retry"));

        Duration elapsed = Duration.between(start, Instant.now());
        assertTrue(elapsed.compareTo(Duration.ofSeconds(20)) < 0, "answered after " + elapsed);
    }

    @Test
    void notReadyWhileTheKnownIdsCannotBeReadBack() {
        Requests.given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.name", hasItem("articles.raw read-back"));
    }
}
