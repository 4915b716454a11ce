package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Both upstreams stopped: a port where nothing listens. */
@QuarkusTest
@TestProfile(UnreachableUpstreamTest.StoppedUpstreams.class)
class UnreachableUpstreamTest {

    public static class StoppedUpstreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://127.0.0.1:" + freePort();
            return Map.of("quarkus.rest-client.metrics.url", nowhere, "quarkus.rest-client.ingest.url", nowhere,
                    "tuopin.metrics.breaker-delay-ms", "30000");
        }
    }

    @Test
    void stoppedMetricsServiceGives503ThenTheBreakerOpens() {
        given().when().get("/api/regions/141030")
                .then().time(lessThan(3000L), TimeUnit.MILLISECONDS)
                .statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("metrics-service is not reachable (connection refused)"));
        String detail = "";
        for (int i = 0; i < 12 && !detail.contains("circuit breaker open"); i++) {
            detail = given().when().get("/api/indicators").then().statusCode(503).extract().path("detail");
        }
        assertTrue(detail.contains("circuit breaker open"), detail);
        given().when().get("/api/regions").then().statusCode(503)
                .header("Retry-After", equalTo("30"))
                .body("detail", containsString("paused for 30 s"));
    }

    @Test
    void stoppedIngestServiceGives503() {
        given().contentType("application/json").body("{\"content\":\"某县贫困发生率降至0.5%\"}")
                .when().post("/api/articles")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", equalTo("ingest-service is not reachable (connection refused)"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
