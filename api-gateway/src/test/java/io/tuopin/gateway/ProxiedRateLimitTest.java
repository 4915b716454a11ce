package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway behind a reverse proxy on 127.0.0.1 (the tests' own address): a client is the address
 * the trusted proxies appended to X-Forwarded-For, whatever the client wrote there itself.
 */
@QuarkusTest
@TestProfile(ProxiedRateLimitTest.BehindProxy.class)
class ProxiedRateLimitTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.rate-limit.capacity", "3", "tuopin.rate-limit.refill-per-second", "0.01",
                    "tuopin.rate-limit.trusted-proxies", "127.0.0.1,10.9.0.0/16",
                    // what TUOPIN_BEHIND_PROXY=true used to set: forwarded headers believed from anyone
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void aClientCannotEscapeItsLimitByWritingAnotherAddressIntoTheHeader() {
        for (int i = 1; i <= 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i + ", 203.0.113.9, 10.9.1.1")
                    .when().get("/api/indicators").then().statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.99, 203.0.113.9, 10.9.1.1")
                .when().get("/api/indicators").then().statusCode(429)
                .body("type", equalTo("urn:tuopin:problem:rate-limited"));
        given().header("X-Forwarded-For", "203.0.113.10").when().get("/api/indicators").then().statusCode(200);
    }
}
