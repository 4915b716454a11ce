package io.tuopin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.kafka.support.KafkaClientSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Predicate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system on the project's own broker with a SASL/SCRAM-SHA-256 listener only: every
 * Kafka client (SmallRye's channels, ingest's known-id reader, the replay, the consumer-lag admin,
 * the test probe) logs in with the {@code kafka.*} settings the services are given as environment
 * ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}).
 */
class SecuredKafkaIT {
    private static final Duration PROCESSING = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final String ARTICLE = "静宁县2019年脱贫攻坚工作总结\n"
            + "截至2019年底，静宁县贫困人口减少到1280人，贫困发生率下降到0.32%。全县全年投入扶贫资金12.6亿元。";
    private static SystemUnderTest system;

    @BeforeAll
    static void startSystem() throws Exception {
        system = SystemUnderTest.withScramLogin(ROOT, "tuopin", UUID.randomUUID().toString());
        system.createDatabase();
        // ingest is ready only once its known-id reader has read articles.raw back: the first SASL client
        system.startAll();
    }

    @AfterAll
    static void stopSystem() throws InterruptedException {
        if (system != null) {
            system.shutDown();
        }
    }

    @Test
    void everyKafkaClientOfTheSystemLogsInWithTheConfiguredScramUser() throws Exception {
        assertBrokerRefusesClientsWithoutLogin();

        BlockingQueue<String> stream = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Void>> subscription = HTTP.sendAsync(HttpRequest.newBuilder(
                        uri(system.gatewayPort, "/api/stream/observations?region=620000")).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(stream)));
        String id;
        try {
            awaitLine(stream, line -> line.contains("connected"));
            HttpResponse<String> posted = postArticle();
            assertEquals(202, posted.statusCode(), posted.body());
            id = JSON.readTree(posted.body()).path("id").asText();
            JsonNode article = awaitArticleWithObservations(id);
            assertEquals("620826", article.path("region").path("code").asText(), article.toString());
            awaitLine(stream, line -> line.startsWith("data:") && line.contains(id));
        } finally {
            subscription.cancel(true);
        }

        List<ConsumerRecord<String, String>> metrics = new TopicProbe(system.kafkaClientSettings())
                .await(Topics.ARTICLES_METRICS, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, metrics.size(), "the probe reads articles.metrics with the SCRAM login");

        String replay = http(HttpRequest.newBuilder(uri(system.nlpPort, "/reprocess")).POST(HttpRequest.BodyPublishers.noBody()));
        assertTrue(replay.contains("done: 1 articles reprocessed"), replay);

        JsonNode status = JSON.readTree(http(HttpRequest.newBuilder(uri(system.gatewayPort, "/api/status"))));
        assertEquals("up", status.path("kafka").asText(), status.toString());
        assertTrue(status.path("groups").findValues("partitions").stream().anyMatch(p -> p.size() > 0), status.toString());

        system.restart("ingest-service", system.ingestPort);
        HttpResponse<String> again = postArticle();
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("duplicate", JSON.readTree(again.body()).path("status").asText(),
                "after a restart ingest knows the article from reading articles.raw back");
    }

    /** The gateway's stream consumer logs in too: an observation of the posted article reaches the stream. */
    private static void awaitLine(BlockingQueue<String> lines, Predicate<String> match) throws InterruptedException {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && match.test(line)) {
                return;
            }
        }
        throw new AssertionError("no such line on the gateway's stream");
    }

    private static void assertBrokerRefusesClientsWithoutLogin() {
        KafkaClientSettings anonymous = KafkaClientSettings.bootstrap("127.0.0.1:" + system.kafkaPort);
        var config = anonymous.admin("anonymous");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        try (Admin admin = Admin.create(config)) {
            assertThrows(ExecutionException.class, () -> admin.listTopics().names().get(10, TimeUnit.SECONDS));
        }
    }

    private static HttpResponse<String> postArticle() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(system.ingestPort, "/articles"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).timeout(Duration.ofSeconds(30)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitArticleWithObservations(String id) throws Exception {
        long deadline = System.nanoTime() + PROCESSING.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(system.gatewayPort, "/api/articles/" + id))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode article = JSON.readTree(response.body());
                if (article.path("observations").size() > 0) {
                    return article;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("article " + id + " never reached the gateway with observations");
    }

    private static String http(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(response.statusCode() >= 400, response.statusCode() + ": " + response.body());
        return response.body();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
