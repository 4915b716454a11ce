package io.tuopin.e2e;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The system as its images run it, on one Testcontainers network: the project's broker image,
 * PostgreSQL and the four service images, built from this checkout's jars with the Dockerfiles under
 * {@code docker/} (as compose builds them). Base images come from {@code TUOPIN_JAVA_IMAGE} and
 * {@code TUOPIN_POSTGRES_IMAGE}, by default the registry's; {@code bin/test} sets the local ones that
 * {@code bin/offline-images} builds. Every container, the network and the images it built are removed
 * by {@link #close()}.
 */
final class ContainerizedSystem implements AutoCloseable {
    static final Duration STARTUP = Duration.ofMinutes(5);
    private static final String JAVA_IMAGE = env("TUOPIN_JAVA_IMAGE", "eclipse-temurin:17-jre");
    private static final String POSTGRES_IMAGE = env("TUOPIN_POSTGRES_IMAGE", "postgres:15");
    private static final long MIB = 1024L * 1024;

    final String apiKey = UUID.randomUUID().toString();
    private final Path root;
    private final Path logs;
    private final Network network = Network.newNetwork();
    private final List<Named> started = new ArrayList<>();
    private final List<ImageFromDockerfile> images = new ArrayList<>();
    private final ImageFromDockerfile nlpImage;
    private final ImageFromDockerfile metricsImage;
    private GenericContainer<?> gateway;
    private GenericContainer<?> metrics;
    private GenericContainer<?> nlp;

    ContainerizedSystem(Path root) throws IOException {
        this.root = root;
        this.logs = Files.createDirectories(root.resolve("e2e-tests/target/containers-" + System.currentTimeMillis()));
        this.nlpImage = serviceImage("nlp-service", 8082);
        this.metricsImage = serviceImage("metrics-service", 8083);
    }

    /** Builds the images and starts broker and database, then the services in the order compose starts them. */
    void start() {
        String kafkaJar = jar(root.resolve("kafka-local"));
        ImageFromDockerfile kafkaImage = image("kafka", root.resolve("kafka-local"), "docker/kafka.Dockerfile",
                Map.of("target/lib", "target/lib", kafkaJar, kafkaJar));
        GenericContainer<?> kafka = container(kafkaImage, "kafka", 1024)
                .withEnv("KAFKA_ADVERTISED_HOST", "kafka");
        String password = UUID.randomUUID().toString();
        PostgreSQLContainer postgres = new PostgreSQLContainer(
                DockerImageName.parse(POSTGRES_IMAGE).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("tuopin").withUsername("tuopin").withPassword(password);
        postgres.withNetwork(network).withNetworkAliases("postgres");
        startAll(new Named("kafka", kafka), new Named("postgres", postgres));

        metrics = service(metricsImage, "metrics-service", 768)
                .withEnv("METRICS_DB_URL", "jdbc:postgresql://postgres:5432/tuopin")
                .withEnv("METRICS_DB_USER", "tuopin")
                .withEnv("METRICS_DB_PASSWORD", password);
        nlp = service(nlpImage, "nlp-service", 1024);
        GenericContainer<?> ingest = service(serviceImage("ingest-service", 8081), "ingest-service", 768)
                .withEnv("TUOPIN_API_KEY", apiKey)
                .withEnv("TUOPIN_INBOX_DIR", "/var/lib/tuopin/inbox");
        startAll(new Named("metrics-service", metrics), new Named("nlp-service", nlp),
                new Named("ingest-service", ingest));

        gateway = service(serviceImage("api-gateway", 8080), "api-gateway", 768)
                .withEnv("METRICS_SERVICE_URL", "http://metrics-service:8083")
                .withEnv("INGEST_SERVICE_URL", "http://ingest-service:8081")
                .withEnv("TUOPIN_API_KEY", apiKey)
                .withExposedPorts(8080);
        startAll(new Named("api-gateway", gateway));
    }

    String gatewayUrl() {
        return "http://" + gateway.getHost() + ":" + gateway.getMappedPort(8080);
    }

    /** Starts one more nlp-service replica in the consumer group and waits until it is healthy. */
    void addNlpReplica() {
        startAll(new Named("nlp-service-2", service(nlpImage, "nlp-service", 1024)));
    }

    /** SIGKILL to the first nlp-service container: no graceful shutdown, no offsets committed on the way out. */
    void killFirstNlpReplica() {
        docker().killContainerCmd(nlp.getContainerId()).exec();
    }

    /** Stops metrics-service (SIGTERM, as an orchestrator does), starts the same container again, waits until healthy. */
    void restartMetricsService() throws InterruptedException {
        String id = metrics.getContainerId();
        docker().stopContainerCmd(id).withTimeout(30).exec();
        docker().startContainerCmd(id).exec();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!"healthy".equals(docker().inspectContainerCmd(id).exec().getState().getHealth().getStatus())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("metrics-service not healthy after its restart; see " + logs);
            }
            Thread.sleep(1000);
        }
    }

    /** Memory in use per running container (as {@code docker stats} counts it: without inactive page cache). */
    String memoryReport() throws InterruptedException {
        StringBuilder report = new StringBuilder();
        for (Named named : started) {
            if (named.container().isRunning()) {
                report.append(String.format("%n  %-16s %5d MiB", named.name(),
                        ContainerMemory.inUse(docker(), named.container().getContainerId()) / MIB));
            }
        }
        return report.toString();
    }

    /** Removes every container (their logs stay under e2e-tests/target), the network and the images. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).container().stop();
        }
        network.close();
        for (ImageFromDockerfile image : images) {
            removeImage(image);
        }
    }

    /** Starts the containers in parallel; each one's output goes to its own file as it comes. */
    private void startAll(Named... containers) {
        for (Named named : containers) {
            Path log = logs.resolve(started.size() + "-" + named.name() + ".log");
            named.container().withLogConsumer(frame -> appendTo(log, frame.getUtf8String()));
            started.add(named);
        }
        Startables.deepStart(Stream.of(containers).map(Named::container)).join();
    }

    private static void appendTo(Path log, String text) {
        try {
            Files.writeString(log, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("[containers] cannot write " + log + ": " + e);
        }
    }

    private GenericContainer<?> container(Future<String> image, String alias, int memoryMib) {
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withNetworkAliases(alias)
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withMemory(memoryMib * MIB))
                .waitingFor(new HealthyOrExited().withStartupTimeout(STARTUP));
    }

    private GenericContainer<?> service(Future<String> image, String alias, int memoryMib) {
        return container(image, alias, memoryMib).withEnv("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    }

    private ImageFromDockerfile serviceImage(String module, int port) {
        return image(module, root.resolve(module), "docker/service.Dockerfile",
                Map.of("target/quarkus-app", "target/quarkus-app"))
                .withBuildArg("HTTP_PORT", String.valueOf(port));
    }

    /** An image built like compose builds it: the module's build output as context, the Dockerfile from docker/. */
    private ImageFromDockerfile image(String name, Path module, String dockerfile, Map<String, String> context) {
        ImageFromDockerfile image = new ImageFromDockerfile("tuopin-it/" + name + ":" + UUID.randomUUID(), false)
                .withFileFromPath("Dockerfile", root.resolve(dockerfile))
                .withBuildArg("JAVA_IMAGE", JAVA_IMAGE);
        context.forEach((inContext, inModule) -> image.withFileFromPath(inContext, module.resolve(inModule)));
        images.add(image);
        return image;
    }

    private static String jar(Path module) {
        try (var files = Files.list(module.resolve("target"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("kafka-local-") && n.endsWith(".jar"))
                    .map(n -> "target/" + n).findFirst()
                    .orElseThrow(() -> new IllegalStateException("kafka-local is not built: no jar in " + module));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void removeImage(ImageFromDockerfile image) {
        try {
            docker().removeImageCmd(image.getDockerImageName()).withForce(true).exec();
        } catch (RuntimeException e) {
            // an image whose build never ran or failed has nothing to remove
        }
    }

    private static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }

    /** A container and the name its log and memory figure go under. */
    private record Named(String name, GenericContainer<?> container) {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
