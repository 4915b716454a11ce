package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.rate-limit.capacity", "3", "tuopin.rate-limit.refill-per-second", "0.01",
                    "tuopin.api-key", "k", "tuopin.api-key.reads", "true");
        }
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() {
        given().when().get("/api/indicators").then().statusCode(401).body("detail", containsString("requests need"));
        given().header("X-API-Key", "k").when().get("/api/indicators").then().statusCode(200);
        given().header("X-API-Key", "k").when().get("/api/indicators").then().statusCode(200);
        given().header("X-API-Key", "k").when().get("/api/indicators")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        given().when().get("/index.html").then().statusCode(200);
    }
}
