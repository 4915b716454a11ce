package io.tuopin.e2e;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole pipeline over the real broker and the built services, as separate processes: articles
 * posted to ingest-service are found, with their region and observations, through api-gateway;
 * re-posting is harmless; a restart keeps the data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static SystemUnderTest system;
    private static final Map<Path, String> POSTED = new LinkedHashMap<>();

    @BeforeAll
    static void startSystem() throws Exception {
        system = new SystemUnderTest(ROOT);
        system.createDatabase();
        long started = System.nanoTime();
        system.startAll();
        System.out.printf("[e2e] broker and four services ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void stopSystem() throws InterruptedException {
        if (system != null) {
            system.shutDown();
        }
    }

    @Test
    @Order(1)
    void postedArticlesAreFoundWithRegionAndObservationsThroughTheGateway() throws Exception {
        List<Path> articles = new ArrayList<>(Seeds.files(ROOT));
        articles.add(ourSample());
        for (Path file : articles) {
            HttpResponse<String> response = post(file);
            assertEquals(202, response.statusCode(), file + ": " + response.body());
            JsonNode body = JSON.readTree(response.body());
            assertEquals("accepted", body.path("status").asText());
            POSTED.put(file, body.path("id").asText());
        }
        for (Map.Entry<Path, String> posted : POSTED.entrySet()) {
            JsonNode article = awaitArticleWithObservations(posted.getValue());
            String code = article.path("region").path("code").asText("");
            assertTrue(code.matches("\\d{6}"), posted.getKey() + ": no subject region in " + article.path("region"));
            JsonNode series = getJson("/api/regions/" + code + "/observations?size=200");
            assertTrue(series.path("total").asInt() > 0, posted.getKey() + ": no observation for region " + code);
        }
        reportProcesses();
    }

    @Test
    @Order(2)
    void recordsOnEveryTopicConformToTheirPublishedSchemas() {
        TopicProbe kafka = new TopicProbe(system.kafkaClientSettings());
        List<String> topics = new ArrayList<>(Topics.DATA);
        topics.addAll(Topics.COMMITTED);
        for (String topic : topics) {
            List<ConsumerRecord<String, String>> records =
                    Topics.COMMITTED.contains(topic) // read for a while: an article may have several changes there
                            ? kafka.await(topic, r -> POSTED.containsValue(r.key()), Integer.MAX_VALUE, Duration.ofSeconds(10))
                            : kafka.await(topic, r -> POSTED.containsValue(r.key()), POSTED.size(), Duration.ofSeconds(30));
            // the change stream may hold more than one change per article (its metrics, then its entities)
            long articles = Topics.COMMITTED.contains(topic)
                    ? records.stream().map(ConsumerRecord::key).distinct().count() : records.size();
            assertEquals(POSTED.size(), articles, "records on " + topic);
            for (ConsumerRecord<String, String> record : records) {
                List<String> violations = EventSchemas.violationsOfJson(EventSchemas.forTopic(topic), record.value());
                assertTrue(violations.isEmpty(), topic + " " + record.key() + ": " + violations);
                assertEquals(record.key(), TopicProbe.header(record, CloudEvents.ID).split(":")[0]);
            }
        }
    }

    @Test
    @Order(3)
    void seedFiguresAndHierarchyAreServedWithEvidence() throws Exception {
        Seeds.files(ROOT);
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
    @Order(4)
    void theStreamDeliversObservationsOfAnArticlePostedAfterTheClientConnected() throws Exception {
        Path article = ROOT.resolve("samples/huining-county-2019.txt");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + system.gatewayPort + "/api/stream/observations?region=620000"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Void>> stream = HTTP.sendAsync(subscribe,
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(events)));
        try {
            Thread.sleep(2000); // let the subscription reach the gateway before the article is posted
            HttpResponse<String> posted = post(article);
            assertEquals(202, posted.statusCode(), posted.body());
            String id = JSON.readTree(posted.body()).path("id").asText();
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
    @Order(5)
    void repostingIsADuplicateAndAddsNoObservation() throws Exception {
        Map.Entry<Path, String> first = POSTED.entrySet().iterator().next();
        int before = observationCount(first.getValue());
        HttpResponse<String> response = post(first.getKey());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("duplicate", body.path("status").asText());
        assertEquals(first.getValue(), body.path("id").asText());
        Thread.sleep(5000); // give a wrongly re-published article time to show up
        assertEquals(before, observationCount(first.getValue()));
    }

    @Test
    @Order(6)
    void dataSurvivesARestartOfEveryProcess() throws Exception {
        String id = POSTED.values().iterator().next();
        int before = observationCount(id);
        system.stopAll();
        system.startAll();
        assertEquals(before, observationCount(id));
        HttpResponse<String> again = post(POSTED.keySet().iterator().next());
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

    private JsonNode awaitArticleWithObservations(String id) throws Exception {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/api/articles/" + id);
            if (response.statusCode() == 200) {
                last = JSON.readTree(response.body());
                if (last.path("observations").size() > 0) {
                    return last;
                }
            }
            Thread.sleep(1000);
        }
        assertFalse(last == null, "article " + id + " never reached the gateway");
        throw new AssertionError("article " + id + " has no observations: " + last);
    }

    private static HttpResponse<String> post(Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + system.ingestPort + "/articles"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + system.gatewayPort + path))
                .timeout(Duration.ofSeconds(30)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /** Resident memory of each process after the articles went through: a figure for the report. */
    private static void reportProcesses() {
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
