package io.tuopin.kafka.local;

import io.tuopin.kafka.support.KafkaClientSettings;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A single-node Apache Kafka broker in KRaft mode (combined broker and controller) for the local
 * run. Formats its storage with {@code kafka.tools.StorageTool} on first start, runs
 * {@code kafka.Kafka}, and creates the system's topics once the broker answers.
 *
 * <p>Settings (environment): {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093),
 * {@code KAFKA_DATA_DIR} (data/kafka), {@code KAFKA_PARTITIONS} (6); a node of a multi-broker quorum
 * (the container image, compose's cluster override) takes more from {@link BrokerNode}. With
 * {@code KAFKA_SCRAM_USER} and {@code KAFKA_SCRAM_PASSWORD} the client listener requires
 * SASL/SCRAM-SHA-256 with that user (created when the storage is formatted, so set them before the
 * first start of a data directory).
 */
public final class LocalKafkaBroker {
    /** Settings every single-node broker of this project needs, the local run's and the tests' alike. */
    static final Map<String, String> SINGLE_NODE = Map.of(
            "auto.create.topics.enable", "false",
            "group.initial.rebalance.delay.ms", "0",
            // consumers use a 5 s session timeout so that a dead member's partitions move within seconds
            "group.min.session.timeout.ms", "3000",
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1");
    static final String SCRAM = "SCRAM-SHA-256";

    private LocalKafkaBroker() {
    }

    /** The user the client listener requires, when it requires one. */
    record ScramUser(String name, String password) {
        static Optional<ScramUser> fromEnv() {
            String name = env("KAFKA_SCRAM_USER", "");
            return name.isEmpty() ? Optional.empty() : Optional.of(new ScramUser(name, env("KAFKA_SCRAM_PASSWORD", "")));
        }

        String jaasConfig() {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                    + "\" password=\"" + password + "\";";
        }
    }

    public static void main(String[] args) throws Exception {
        int port = intEnv("KAFKA_PORT", 9092);
        int controllerPort = intEnv("KAFKA_CONTROLLER_PORT", 9093);
        int partitions = intEnv("KAFKA_PARTITIONS", TopicInitializer.DEFAULT_PARTITIONS);
        Optional<ScramUser> scram = ScramUser.fromEnv();
        Path dataDir = Path.of(env("KAFKA_DATA_DIR", "data/kafka")).toAbsolutePath();
        Path logDir = dataDir.resolve("log");
        Files.createDirectories(logDir);

        BrokerNode node = BrokerNode.fromEnv(controllerPort);

        Path config = dataDir.resolve("server.properties");
        Properties props = brokerConfig(port, controllerPort, logDir, partitions, scram);
        node.applyTo(props, port, controllerPort, listenerOf(scram));
        writeConfig(config, props);
        formatIfNeeded(config, logDir, node.clusterId(), scram);

        // the container health check looks for this file: written once the broker answers (and has its topics)
        Path readyMarker = dataDir.resolve("ready");
        Files.deleteIfExists(readyMarker);
        KafkaClientSettings client = clientSettings(node.bootstrap(port), scram);
        Thread readiness = new Thread(() -> announceWhenUp(node, client, partitions, readyMarker, scram.isPresent()),
                "broker-readiness");
        readiness.setDaemon(true);
        readiness.start();
        kafka.Kafka.main(new String[] {config.toString()});
    }

    static String listenerOf(Optional<ScramUser> scram) {
        return scram.isPresent() ? "SASL_PLAINTEXT" : "PLAINTEXT";
    }

    static Properties brokerConfig(int port, int controllerPort, Path logDir, int partitions, Optional<ScramUser> scram) {
        String listener = listenerOf(scram);
        Properties p = new Properties();
        p.putAll(SINGLE_NODE);
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", listener + "://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", listener);
        p.put("listener.security.protocol.map", listener + ":" + listener + ",CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("offsets.topic.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        scram.ifPresent(user -> {
            p.put("sasl.enabled.mechanisms", SCRAM);
            p.put("sasl.mechanism.inter.broker.protocol", SCRAM);
            p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config", user.jaasConfig());
        });
        return p;
    }

    /** What a client of this broker needs: the address, and the SCRAM login when the listener requires it. */
    static KafkaClientSettings clientSettings(String bootstrap, Optional<ScramUser> scram) {
        KafkaClientSettings plain = KafkaClientSettings.bootstrap(bootstrap);
        return scram.map(user -> plain.with(Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM,
                "sasl.jaas.config", user.jaasConfig()))).orElse(plain);
    }

    private static void writeConfig(Path file, Properties props) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            props.store(out, "written by LocalKafkaBroker at every start");
        }
    }

    private static void formatIfNeeded(Path config, Path logDir, String fixedClusterId, Optional<ScramUser> scram) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = fixedClusterId != null ? fixedClusterId : org.apache.kafka.common.Uuid.randomUuid().toString();
        List<String> format = new ArrayList<>(List.of("format", "-t", clusterId, "-c", config.toString(),
                "--ignore-formatted"));
        scram.ifPresent(user -> format.addAll(List.of("--add-scram",
                SCRAM + "=[name=" + user.name() + ",password=" + user.password() + "]")));
        int exit = kafka.tools.StorageTool.execute(format.toArray(String[]::new), System.out);
        if (exit != 0) {
            throw new IllegalStateException("kafka storage format failed with exit code " + exit);
        }
    }

    private static void announceWhenUp(BrokerNode node, KafkaClientSettings client, int partitions, Path readyMarker,
                                       boolean secured) {
        for (int attempt = 0; attempt < 240; attempt++) {
            try {
                if (node.createsTopics()) {
                    TopicInitializer.ensureTopics(client, partitions, node.replicationFactor());
                } else {
                    TopicInitializer.awaitBrokers(client, 1);
                }
                Files.writeString(readyMarker, client.bootstrapServers());
                System.out.println("KAFKA READY on " + client.bootstrapServers() + " (node " + node.nodeId() + "; topics: "
                        + (node.createsTopics() ? partitions + " partitions" : "created by a separate job")
                        + (secured ? "; clients log in with SASL/" + SCRAM : "") + ")");
                return;
            } catch (Exception e) {
                sleep(500);
            }
        }
        System.err.println("broker on " + client.bootstrapServers() + " did not become ready"
                + (node.createsTopics() ? " (topics could not be created)" : ""));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
}
