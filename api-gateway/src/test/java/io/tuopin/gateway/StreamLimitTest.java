package io.tuopin.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each client (behind the trusted proxy on 127.0.0.1), and all of them together, hold only so many live streams. */
@QuarkusTest
@TestProfile(StreamLimitTest.FewStreams.class)
class StreamLimitTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static class FewStreams implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.rate-limit.trusted-proxies", "127.0.0.1",
                    "tuopin.stream.max-per-client", "2", "tuopin.stream.max-clients", "3");
        }
    }

    @TestHTTPResource("/api/stream/observations")
    URL stream;

    @Test
    void liveStreamsAreCappedPerClientAndInTotal() throws Exception {
        List<InputStream> open = new ArrayList<>();
        try {
            open.add(openStream("203.0.113.21"));
            open.add(openStream("203.0.113.21"));
            assertRefused("203.0.113.21", "this client");
            open.add(openStream("203.0.113.22"));
            assertRefused("203.0.113.23", "all clients");

            open.remove(0).close();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                HttpResponse<InputStream> again = send("203.0.113.21");
                again.body().close();
                return again.statusCode() == 200;
            });
        } finally {
            for (InputStream body : open) {
                body.close();
            }
        }
    }

    private InputStream openStream(String client) throws Exception {
        HttpResponse<InputStream> response = send(client);
        assertEquals(200, response.statusCode(), "a stream for " + client);
        return response.body();
    }

    private void assertRefused(String client, String whose) throws Exception {
        HttpResponse<InputStream> response = send(client);
        try (InputStream body = response.body()) {
            assertEquals(429, response.statusCode(), "a stream over the limit of " + whose);
            String problem = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(problem.contains("urn:tuopin:problem:too-many-streams"), problem);
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
        }
    }

    private HttpResponse<InputStream> send(String client) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream.toString()))
                .header("Accept", "text/event-stream").header("X-Forwarded-For", client).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
    }
}
