package io.tuopin.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.EventJson;
import io.tuopin.gateway.fake.MetricsRecords;
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
import org.junit.jupiter.api.Test;

/** The live stream over the real in-process broker: a record published after connecting reaches the client. */
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
        try (MetricsRecords records = new MetricsRecords()) {
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
    void aVillageFigureReachesItsTownshipsStreamAndAnUnknownRegionOnlyTheUnfilteredOne() throws Exception {
        BlockingQueue<String> township = new LinkedBlockingQueue<>();
        BlockingQueue<String> everything = new LinkedBlockingQueue<>();
        var townshipStream = open(stream + "?region=141030100", township);
        var unfiltered = open(stream.toString(), everything);
        try (MetricsRecords records = new MetricsRecords()) {
            JsonNode village = publishUntilReceived(township, records::publishVillageAndUnknownRegion);
            assertEquals("141030100203", village.at("/region/code").asText());
            assertEquals("poor_households", village.path("indicator").asText());
            JsonNode unknown = awaitData(everything, o -> o.path("region").isNull());
            assertEquals("poverty_incidence", unknown.path("indicator").asText());
            assertTrue(township.stream().noneMatch(line -> line.contains("\"region\":null")),
                    "an observation of an unknown region lies in no region: " + township);
        } finally {
            townshipStream.body().close();
            unfiltered.body().close();
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

    private HttpResponse<java.io.InputStream> open(String url, BlockingQueue<String> lines) throws Exception {
        var response = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        startReading(response.body(), lines);
        return response;
    }

    /** The first data line already received or arriving within 10 s whose observation passes the test. */
    private static JsonNode awaitData(BlockingQueue<String> lines, java.util.function.Predicate<JsonNode> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data:")) {
                JsonNode data = EventJson.mapper().readTree(line.substring(5).strip());
                if (wanted.test(data)) {
                    return data;
                }
            }
        }
        throw new AssertionError("no such observation within 10 s; lines left: " + lines);
    }

    private interface Publication {
        Object publish() throws Exception;
    }

    private static JsonNode publishUntilReceived(MetricsRecords records, BlockingQueue<String> lines) throws Exception {
        return publishUntilReceived(lines, records::publishSample);
    }

    // the gateway's consumer starts at the newest offset once it has its partitions, so publish until one arrives
    private static JsonNode publishUntilReceived(BlockingQueue<String> lines, Publication publication) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            publication.publish();
            long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < wait) {
                String line = lines.poll(200, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data:")) {
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
