package io.tuopin.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole system as separate processes from the built artifacts: the local Kafka broker
 * (kafka-local), metrics-service on a fresh PostgreSQL database, nlp-service, ingest-service and
 * api-gateway, each on a free port.
 */
final class SystemUnderTest {
    private static final Duration STARTUP = Duration.ofMinutes(3);
    final Path root;
    final Path work;
    final int kafkaPort = freePort();
    final int controllerPort = freePort();
    final int gatewayPort = freePort();
    final int ingestPort = freePort();
    final int nlpPort = freePort();
    final int metricsPort = freePort();
    final String database;
    private final List<ServiceProcess> running = new ArrayList<>();

    SystemUnderTest(Path root) throws IOException {
        this(root, "e2e");
    }

    /** {@code name} prefixes the work folder and the database, so that several systems can run one after another. */
    SystemUnderTest(Path root, String name) throws IOException {
        this.root = root;
        this.work = Files.createDirectories(root.resolve("e2e-tests/target/" + name + "-" + System.currentTimeMillis()));
        this.database = "tuopin_" + name.replace('-', '_') + "_" + System.currentTimeMillis();
    }

    void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    void dropDatabase() {
        try (Connection c = DriverManager.getConnection(pgUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("could not drop " + database + ": " + e.getMessage());
        }
    }

    static String pgUrl(String db) {
        return "jdbc:postgresql://127.0.0.1:5432/" + db;
    }

    void startAll() throws Exception {
        startKafka();
        Map<String, String> kafka = kafkaEnv();
        start(ServiceProcess.quarkus("metrics-service", root, metricsPort, metricsEnv(), logs()), metricsPort);
        start(ServiceProcess.quarkus("nlp-service", root, nlpPort, kafka, logs()), nlpPort);
        start(ServiceProcess.quarkus("ingest-service", root, ingestPort,
                with(kafka, "TUOPIN_INBOX_DIR", work.resolve("inbox").toString()), logs()), ingestPort);
        start(ServiceProcess.quarkus("api-gateway", root, gatewayPort, with(kafka,
                "METRICS_SERVICE_URL", "http://127.0.0.1:" + metricsPort,
                "INGEST_SERVICE_URL", "http://127.0.0.1:" + ingestPort), logs()), gatewayPort);
    }

    Map<String, String> kafkaEnv() {
        return Map.of("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
    }

    Map<String, String> metricsEnv() {
        return with(kafkaEnv(), "METRICS_DB_URL", pgUrl(database), "METRICS_DB_USER", "postgres", "METRICS_DB_PASSWORD", "");
    }

    /**
     * Starts {@code count} instances of a service (named {@code module-1}, {@code module-2}, …) on free
     * ports, all at once, and waits until each is ready.
     */
    List<ServiceProcess> startReplicas(String module, int count, Map<String, String> env) throws Exception {
        List<ServiceProcess> started = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = module + "-" + i;
            Map<String, String> own = module.equals("ingest-service") ? with(env, "TUOPIN_INBOX_DIR",
                    work.resolve(name + "-inbox").toString()) : env;
            ServiceProcess process = ServiceProcess.quarkus(name, module, root, freePort(), own, logs());
            running.add(process.start());
            started.add(process);
        }
        for (ServiceProcess process : started) {
            process.awaitHealthy(STARTUP);
        }
        return started;
    }

    void startKafka() throws Exception {
        String classpath = Files.list(root.resolve("kafka-local/target"))
                .filter(p -> p.getFileName().toString().matches("kafka-local-.*\\.jar"))
                .findFirst().orElseThrow().toString()
                + java.io.File.pathSeparator + Files.readString(root.resolve("kafka-local/target/classpath.txt")).trim();
        ServiceProcess kafka = new ServiceProcess("kafka",
                List.of(ServiceProcess.javaBin(), "-Xmx512m", "-cp", classpath, "io.tuopin.kafka.local.LocalKafkaBroker"),
                Map.of("KAFKA_PORT", String.valueOf(kafkaPort),
                        "KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort),
                        "KAFKA_DATA_DIR", work.resolve("kafka").toString()),
                logs()).start();
        running.add(kafka);
        kafka.awaitLogLine("KAFKA READY", STARTUP);
    }

    private void start(ServiceProcess process, int port) throws Exception {
        running.add(process.start());
        process.awaitHealthy(port, STARTUP);
    }

    List<ServiceProcess> processes() {
        return List.copyOf(running);
    }

    /** Stops the services in reverse order of start, the broker last. */
    void stopAll() throws InterruptedException {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).stop();
        }
        running.clear();
    }

    Path logs() {
        return work.resolve("logs");
    }

    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new java.util.HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
