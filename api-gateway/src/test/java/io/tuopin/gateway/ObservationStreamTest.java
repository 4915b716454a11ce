package io.tuopin.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.EventJson;
import io.tuopin.gateway.fake.CommittedRecords;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The live stream over the real in-process broker: a committed change published after connecting reaches the client. */
@QuarkusTest
class ObservationStreamTest {
    @TestHTTPResource("/api/stream/observations")
    URL stream;

    @Test
    void aClientFilteringByPrefectureReceivesOnlyObservationsBelowIt() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?region=141000&indicator=poverty_incidence,poor_population"))
                .header("Accept", "text/event-stream").build();
        var response = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = startReading(response.body(), lines);
        try (CommittedRecords records = new CommittedRecords()) {
            JsonNode received = publishUntilReceived(records, lines);
            assertEquals("141034", received.at("/region/code").asText());
            assertEquals("poverty_incidence", received.path("indicator").asText());
            assertEquals(new BigDecimal("0.4"), received.path("value").decimalValue());
            assertNotNull(received.path("articleId").textValue());
            assertEquals(received.path("articleId").asText().length(), 32);
            assertTrue(lines.stream().noneMatch(line -> line.contains("620702") || line.contains("investment")),
                    "observations outside the filter must not be sent: " + lines);
        } finally {
            reader.interrupt();
            response.body().close();
        }
    }

    @Test
    void aVillageFigureReachesClientsOfItsCountyAndATombstoneIsSkipped() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create(stream + "?region=141034&indicator=investment")).build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        Thread reader = startReading(response.body(), lines);
        try (CommittedRecords records = new CommittedRecords()) {
            records.publishTombstone("0123456789abcdef0123456789abcdef");
            JsonNode village = publishUntilReceived(records, lines, line -> line.contains("下李村"));
            assertEquals("141034/下李村", village.path("regionKey").asText());
            assertTrue(village.at("/region/code").isNull(), village.toString());
            assertEquals("village", village.at("/region/level").asText());
            assertTrue(village.path("committedAt").isTextual(), village.toString());
        } finally {
            reader.interrupt();
            response.body().close();
        }
    }

    @Test
    void heartbeatsKeepAnIdleStreamAlive() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(stream + "?region=990000")).build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        startReading(response.body(), lines);
        try {
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.stream().noneMatch(line -> line.startsWith(":heartbeat") || line.startsWith(": heartbeat"))
                    && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    seen.add(line);
                }
            }
            assertTrue(seen.stream().anyMatch(line -> line.contains("heartbeat")), "no heartbeat comment in " + seen);
        } finally {
            response.body().close();
        }
    }

    // the gateway's consumer starts at the newest offset once it has its partitions, so publish until one arrives
    private static JsonNode publishUntilReceived(CommittedRecords records, BlockingQueue<String> lines) throws Exception {
        return publishUntilReceived(records, lines, line -> true);
    }

    private static JsonNode publishUntilReceived(CommittedRecords records, BlockingQueue<String> lines,
                                                 Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            records.publishSample();
            long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < wait) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data:") && wanted.test(line)) {
                    return EventJson.mapper().readTree(line.substring(5).strip());
                }
            }
        }
        throw new AssertionError("no observation arrived within 60 s; lines: " + lines);
    }

    private static Thread startReading(java.io.InputStream body, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> readLines(body, lines), "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static void readLines(java.io.InputStream body, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (Exception e) {
            // the stream was closed by the test
        }
    }
}
