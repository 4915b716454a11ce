package io.tuopin.e2e;

import io.tuopin.kafka.support.KafkaClientSettings;
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
    /** Extra settings of the broker, and the {@code kafka.*} settings (as environment) of every client. */
    private final Map<String, String> brokerEnv;
    private final Map<String, String> kafkaClientEnv;

    SystemUnderTest(Path root) throws IOException {
        this(root, "e2e", Map.of(), Map.of());
    }

    /** {@code name} prefixes the work folder and the database, so that several systems can run one after another. */
    SystemUnderTest(Path root, String name) throws IOException {
        this(root, name, Map.of(), Map.of());
    }

    private SystemUnderTest(Path root, String name, Map<String, String> brokerEnv, Map<String, String> kafkaClientEnv)
            throws IOException {
        this.root = root;
        this.work = Files.createDirectories(root.resolve("e2e-tests/target/" + name + "-" + System.currentTimeMillis()));
        this.database = "tuopin_" + name.replace('-', '_') + "_" + System.currentTimeMillis();
        this.brokerEnv = brokerEnv;
        this.kafkaClientEnv = kafkaClientEnv;
    }

    /** The system on a broker whose only client listener requires SASL/SCRAM-SHA-256 as this user. */
    static SystemUnderTest withScramLogin(Path root, String user, String password) throws IOException {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
        return new SystemUnderTest(root, "secured", Map.of("KAFKA_SCRAM_USER", user, "KAFKA_SCRAM_PASSWORD", password),
                Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", "SCRAM-SHA-256",
                        "KAFKA_SASL_JAAS_CONFIG", jaas));
    }

    /** What a test's own Kafka client needs to reach this system's broker. */
    KafkaClientSettings kafkaClientSettings() {
        Map<String, String> settings = new java.util.HashMap<>();
        kafkaClientEnv.forEach((name, value) -> settings.put(name.substring("KAFKA_".length())
                .toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value));
        settings.put("bootstrap.servers", "127.0.0.1:" + kafkaPort);
        return KafkaClientSettings.of(settings);
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

    /** The {@code kafka.*} settings (as environment) every service of this system needs. */
    Map<String, String> kafkaEnv() {
        Map<String, String> kafka = new java.util.HashMap<>(kafkaClientEnv);
        kafka.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
        return kafka;
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
                with(brokerEnv, "KAFKA_PORT", String.valueOf(kafkaPort),
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

    /** Stops one service and starts it again, waiting until it is ready. */
    void restart(String module, int port) throws Exception {
        ServiceProcess service = running.stream().filter(p -> p.name().equals(module)).findFirst().orElseThrow();
        service.stop();
        service.start().awaitHealthy(port, STARTUP);
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

    /** Stops everything and drops the database: the end of a test class. */
    void shutDown() throws InterruptedException {
        stopAll();
        dropDatabase();
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
