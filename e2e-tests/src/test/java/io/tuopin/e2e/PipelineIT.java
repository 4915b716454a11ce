package io.tuopin.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.Topics;
import io.tuopin.events.schema.EventSchemas;
import io.tuopin.kafka.local.TopicProbe;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole pipeline over the real broker and the built services, as separate processes: articles
 * posted to ingest-service are found, with their region and observations, through api-gateway;
 * re-posting is harmless; a restart keeps the data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineIT {
    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private SystemUnderTest system;
    /** The fixture every test reads and none changes: each seed article and our sample, posted and processed. */
    private Map<Path, String> posted;

    @BeforeAll
    void startSystemAndPostTheArticles() throws Exception {
        system = new SystemUnderTest(ROOT);
        system.createDatabase();
        long started = System.nanoTime();
        system.startAll();
        System.out.printf("[e2e] broker and four services ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        List<Path> articles = new ArrayList<>(Seeds.files(ROOT));
        articles.add(ourSample());
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path file : articles) {
            HttpResponse<String> response = post(file);
            assertEquals(202, response.statusCode(), file + ": " + response.body());
            JsonNode body = JSON.readTree(response.body());
            assertEquals("accepted", body.path("status").asText());
            ids.put(file, body.path("id").asText());
        }
        posted = Collections.unmodifiableMap(ids);
        for (String id : posted.values()) {
            awaitArticleWithObservations(id);
        }
        reportProcesses();
    }

    @AfterAll
    void stopSystem() throws InterruptedException {
        if (system != null) {
            system.shutDown();
        }
    }

    @Test
    void postedArticlesAreFoundWithRegionAndObservationsThroughTheGateway() throws Exception {
        for (Map.Entry<Path, String> article : posted.entrySet()) {
            JsonNode stored = getJson("/api/articles/" + article.getValue());
            assertTrue(stored.path("observations").size() > 0, article.getKey() + ": no observations");
            String code = stored.path("region").path("code").asText("");
            assertTrue(code.matches("\\d{6}"), article.getKey() + ": no subject region in " + stored.path("region"));
            JsonNode series = getJson("/api/regions/" + code + "/observations?size=200");
            assertTrue(series.path("total").asInt() > 0, article.getKey() + ": no observation for region " + code);
        }
    }

    @Test
    void recordsOnEveryTopicConformToTheirPublishedSchemas() {
        TopicProbe kafka = new TopicProbe(system.kafkaClientSettings());
        List<String> topics = new ArrayList<>(Topics.DATA);
        topics.addAll(Topics.COMMITTED);
        Set<String> ids = Set.copyOf(posted.values());
        for (String topic : topics) {
            // every article has its records there; the change stream may hold more than one change per article
            // (its metrics, then its entities), and an at-least-once redelivery may repeat a result
            List<ConsumerRecord<String, String>> records = kafka.awaitKeys(topic, ids, Duration.ofSeconds(30));
            long articles = records.stream().map(ConsumerRecord::key).distinct().count();
            assertEquals(ids.size(), articles, "articles with records on " + topic);
            for (ConsumerRecord<String, String> record : records) {
                List<String> violations = EventSchemas.violationsOfJson(EventSchemas.forTopic(topic), record.value());
                assertTrue(violations.isEmpty(), topic + " " + record.key() + ": " + violations);
                assertEquals(record.key(), TopicProbe.header(record, CloudEvents.ID).split(":")[0]);
            }
        }
    }

    @Test
    void seedFiguresAndHierarchyAreServedWithEvidence() throws Exception {
        JsonNode incidence = getJson("/api/regions/141034/observations?indicator=poverty_incidence&size=200");
        List<String> values = new ArrayList<>();
        for (JsonNode o : incidence.path("items")) {
            values.add(o.path("value").decimalValue().stripTrailingZeros().toPlainString());
            assertFalse(o.path("evidence").path("text").asText().isBlank(), "observation without evidence: " + o);
            assertFalse(o.path("article").path("id").asText().isBlank(), "observation without article link: " + o);
        }
        assertTrue(values.contains("32.4") && values.contains("0.4"), "汾西县 poverty incidence: " + values);

        JsonNode zhangye = getJson("/api/regions/620700");
        assertEquals("张掖市", zhangye.path("name").asText());
        List<String> parents = new ArrayList<>();
        zhangye.path("parents").forEach(p -> parents.add(p.path("code").asText() + p.path("name").asText()));
        assertEquals(List.of("620000甘肃省"), parents);
    }

    @Test
    void theStreamDeliversObservationsOfAnArticlePostedAfterTheClientConnected() throws Exception {
        Path article = ROOT.resolve("samples/huining-county-2019.txt");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + system.gatewayPort + "/api/stream/observations?region=620000"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Void>> stream = HTTP.sendAsync(subscribe,
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(events)));
        try {
            // the gateway's first line (": connected") comes once the subscription is in place
            String first = events.poll(30, TimeUnit.SECONDS);
            assertTrue(first != null && first.startsWith(":") && first.contains("connected"), "stream opened with " + first);
            HttpResponse<String> response = post(article);
            assertEquals(202, response.statusCode(), response.body());
            String id = JSON.readTree(response.body()).path("id").asText();
            long deadline = System.nanoTime() + PROCESSING.toNanos();
            while (System.nanoTime() < deadline) {
                String line = events.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith("data:") && line.contains(id)) {
                    JsonNode observation = JSON.readTree(line.substring(5).trim());
                    assertTrue(observation.path("region").path("code").asText().startsWith("62"), line);
                    return;
                }
            }
            throw new AssertionError("no observation of article " + id + " on the stream");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void repostingIsADuplicateAndAddsNoObservation() throws Exception {
        Map.Entry<Path, String> first = posted.entrySet().iterator().next();
        int before = observationCount(first.getValue());
        HttpResponse<String> response = post(first.getKey());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("duplicate", body.path("status").asText());
        assertEquals(first.getValue(), body.path("id").asText());
        // ingest answers after the broker's ack: anything it published for the re-post is on the topic by now
        List<ConsumerRecord<String, String>> raw = new TopicProbe(system.kafkaClientSettings())
                .readToEnd(Topics.ARTICLES_RAW, r -> first.getValue().equals(r.key()));
        assertEquals(1, raw.size(), "the article is on articles.raw once");
        assertEquals(before, observationCount(first.getValue()));
    }

    @Test
    void dataSurvivesARestartOfEveryProcess() throws Exception {
        Map.Entry<Path, String> first = posted.entrySet().iterator().next();
        int before = observationCount(first.getValue());
        system.stopAll();
        system.startAll();
        assertEquals(before, observationCount(first.getValue()));
        HttpResponse<String> again = post(first.getKey());
        assertEquals("duplicate", JSON.readTree(again.body()).path("status").asText(),
                "ingest must know its ids after a restart (read back from articles.raw)");
    }

    private static Path ourSample() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("samples"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sample article in samples/"));
        }
    }

    private int observationCount(String articleId) throws Exception {
        return getJson("/api/articles/" + articleId).path("observations").size();
    }

    private void awaitArticleWithObservations(String id) {
        await("article " + id + " with observations through the gateway").atMost(PROCESSING)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    HttpResponse<String> response = get("/api/articles/" + id);
                    return response.statusCode() == 200
                            && JSON.readTree(response.body()).path("observations").size() > 0;
                });
    }

    private HttpResponse<String> post(Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + system.ingestPort + "/articles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + system.gatewayPort + path))
                .timeout(Duration.ofSeconds(30)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /** Resident memory of each process after the articles went through: a figure for the report. */
    private void reportProcesses() {
        for (ServiceProcess p : system.processes()) {
            try {
                String rss = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                        .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
                System.out.println("[e2e] " + p.name() + " " + rss.replaceAll("\\s+", " "));
            } catch (IOException e) {
                System.out.println("[e2e] " + p.name() + " RSS unknown: " + e.getMessage());
            }
        }
    }
}
