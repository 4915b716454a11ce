package io.tuopin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerFetchException;

/**
 * The system as its images run it (see {@link ContainerizedSystem}), driven only through the public
 * API: articles posted to the gateway come back with their figures, and a replica killed or a service
 * restarted loses nothing. Needs a Docker engine: skipped with the reason where none answers, and a
 * failure instead where {@code TUOPIN_REQUIRE_DOCKER=true} (as {@code bin/test} sets).
 */
class ContainerizedPipelineIT {
    private static final Duration PROCESSING = Duration.ofMinutes(5);
    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final String NO_ENGINE = "no Docker engine answers (DOCKER_HOST or /var/run/docker.sock), so the "
            + "containerised end-to-end test does not run; bin/test installs and starts one";
    private static boolean engine;
    private static ContainerizedSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startSystem() throws Exception {
        engine = dockerAnswers();
        if (!engine) {
            System.err.println("[containers] " + NO_ENGINE);
            if ("true".equalsIgnoreCase(System.getenv("TUOPIN_REQUIRE_DOCKER"))) {
                Assertions.fail(NO_ENGINE + ", and TUOPIN_REQUIRE_DOCKER=true");
            }
            return;
        }
        long begin = System.nanoTime();
        system = new ContainerizedSystem(ROOT);
        system.start();
        gateway = new GatewayClient(system.gatewayUrl(), system.apiKey);
        System.out.printf("[containers] images built and broker, PostgreSQL and four services healthy in %.1f s%n",
                (System.nanoTime() - begin) / 1e9);
    }

    /** Each test is reported as skipped, with the reason, where no engine answers. */
    @BeforeEach
    void requireEngine() {
        Assumptions.assumeTrue(engine, NO_ENGINE);
    }

    @AfterAll
    static void stopSystem() throws InterruptedException {
        if (system != null) {
            System.out.println("[containers] memory in use:" + system.memoryReport());
            system.close();
        }
    }

    @Test
    void seedsPostedThroughTheGatewayAreServedWithTheirFigures() throws Exception {
        List<String> ids = new ArrayList<>();
        for (Path seed : Seeds.files(ROOT)) {
            ids.add(accepted(seed));
        }
        for (String id : ids) {
            JsonNode article = gateway.awaitObservations(id, PROCESSING);
            assertTrue(article.path("region").path("code").asText("").matches("\\d{6}"),
                    id + ": no subject region in " + article.path("region"));
        }
        List<String> incidence = new ArrayList<>();
        gateway.get("/api/regions/141034/observations?indicator=poverty_incidence&size=200").path("items")
                .forEach(o -> incidence.add(o.path("value").decimalValue().stripTrailingZeros().toPlainString()));
        assertTrue(incidence.contains("32.4") && incidence.contains("0.4"), "汾西县 poverty incidence: " + incidence);
    }

    @Test
    void aKilledNlpReplicaAndARestartedMetricsServiceLoseNothing() throws Exception {
        List<Path> samples = samples();
        Map<String, Integer> before = new LinkedHashMap<>();
        for (Path sample : samples.subList(0, 2)) {
            String id = accepted(sample);
            before.put(id, gateway.awaitObservations(id, PROCESSING).path("observations").size());
        }

        system.addNlpReplica();
        List<String> later = new ArrayList<>();
        for (Path sample : samples.subList(2, samples.size())) {
            later.add(accepted(sample));
        }
        system.killFirstNlpReplica();
        system.restartMetricsService();

        for (String id : later) {
            gateway.awaitObservations(id, PROCESSING);
        }
        for (Map.Entry<String, Integer> article : before.entrySet()) {
            assertEquals(article.getValue(), gateway.awaitObservations(article.getKey(), PROCESSING).path("observations").size(),
                    "observations of " + article.getKey() + " after the restart");
        }
        JsonNode again = gateway.postArticle(samples.get(0));
        assertEquals("duplicate", again.path("status").asText(), again.toString());
    }

    private static String accepted(Path file) throws IOException, InterruptedException {
        JsonNode answer = gateway.postArticle(file);
        assertEquals(202, answer.path("httpStatus").asInt(), file + ": " + answer);
        return answer.path("id").asText();
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("samples"))) {
            List<Path> samples = files.filter(p -> p.toString().matches(".*\\.(txt|html)$")).sorted().toList();
            assertTrue(samples.size() >= 3, "samples/ needs three articles at least: " + samples);
            return samples;
        }
    }

    /** Asking Testcontainers also starts its helpers, which need an image registry unless told otherwise. */
    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (ContainerFetchException e) {
            throw new IllegalStateException("a Docker engine answers, but Testcontainers could not pull its helper "
                    + "image; without an image registry set TESTCONTAINERS_RYUK_DISABLED=true and, where /.dockerenv "
                    + "exists, TESTCONTAINERS_HOST_OVERRIDE=localhost (bin/test does)", e);
        }
    }
}
