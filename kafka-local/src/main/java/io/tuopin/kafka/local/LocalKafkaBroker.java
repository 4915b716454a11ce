package io.tuopin.kafka.local;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A single-node Apache Kafka broker in KRaft mode (combined broker and controller) for the local
 * run. Formats its storage with {@code kafka.tools.StorageTool} on first start, runs
 * {@code kafka.Kafka}, and creates the system's topics once the broker answers.
 *
 * <p>Settings (environment): {@code KAFKA_PORT} (9092), {@code KAFKA_CONTROLLER_PORT} (9093),
 * {@code KAFKA_DATA_DIR} (data/kafka), {@code KAFKA_PARTITIONS} (6).
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

    private LocalKafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        int port = intEnv("KAFKA_PORT", 9092);
        int controllerPort = intEnv("KAFKA_CONTROLLER_PORT", 9093);
        int partitions = intEnv("KAFKA_PARTITIONS", TopicInitializer.DEFAULT_PARTITIONS);
        Path dataDir = Path.of(env("KAFKA_DATA_DIR", "data/kafka")).toAbsolutePath();
        Path logDir = dataDir.resolve("log");
        Files.createDirectories(logDir);

        Path config = dataDir.resolve("server.properties");
        writeConfig(config, brokerConfig(port, controllerPort, logDir, partitions));
        formatIfNeeded(config, logDir);

        String bootstrap = "127.0.0.1:" + port;
        Thread topics = new Thread(() -> createTopicsWhenUp(bootstrap, partitions), "topic-initializer");
        topics.setDaemon(true);
        topics.start();
        kafka.Kafka.main(new String[] {config.toString()});
    }

    static Properties brokerConfig(int port, int controllerPort, Path logDir, int partitions) {
        Properties p = new Properties();
        p.putAll(SINGLE_NODE);
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", String.valueOf(partitions));
        p.put("offsets.topic.num.partitions", "6");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        return p;
    }

    private static void writeConfig(Path file, Properties props) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            props.store(out, "written by LocalKafkaBroker at every start");
        }
    }

    private static void formatIfNeeded(Path config, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        int exit = kafka.tools.StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"},
                System.out);
        if (exit != 0) {
            throw new IllegalStateException("kafka storage format failed with exit code " + exit);
        }
    }

    private static void createTopicsWhenUp(String bootstrap, int partitions) {
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                TopicInitializer.ensureTopics(bootstrap, partitions);
                System.out.println("KAFKA READY on " + bootstrap + " (topics: " + partitions + " partitions)");
                return;
            } catch (Exception e) {
                sleep(500);
            }
        }
        System.err.println("topics could not be created on " + bootstrap);
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
