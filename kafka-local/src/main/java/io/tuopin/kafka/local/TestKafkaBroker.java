package io.tuopin.kafka.local;

import io.tuopin.kafka.support.KafkaClientSettings;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One in-process KRaft broker per test JVM ({@link KafkaClusterTestKit}), with the system's
 * topics created. Started on first use and stopped when the JVM exits, so every test class of a
 * module shares it.
 */
public final class TestKafkaBroker {
    private static KafkaClusterTestKit cluster;

    private TestKafkaBroker() {
    }

    /** Starts the broker if needed and returns its bootstrap servers. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafkaBroker::stop, "test-kafka-stop"));
        }
        return cluster.bootstrapServers();
    }

    /** Settings for a client of the test broker (starting it if needed). */
    public static KafkaClientSettings clientSettings() {
        return KafkaClientSettings.bootstrap(bootstrapServers());
    }

    private static KafkaClusterTestKit start() {
        // When the test JVM exits, the broker's shutdown races the deletion of its temporary log
        // directories (Kafka's own shutdown hook); Kafka then sees a log-dir failure and halts the
        // JVM with status 1, failing a build whose tests all passed. A test broker never halts its JVM.
        Exit.setHaltProcedure((status, message) ->
                System.err.println("[kafka-local] ignored Kafka halt(" + status + "): " + message));
        try {
            System.out.println("[kafka-local] no Docker engine is used for tests: starting an in-process "
                    + "Apache Kafka KRaft broker (KafkaClusterTestKit)");
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build());
            LocalKafkaBroker.SINGLE_NODE.forEach(builder::setConfigProp);
            KafkaClusterTestKit kit = builder.build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            TopicInitializer.ensureTopics(KafkaClientSettings.bootstrap(kit.bootstrapServers()),
                    TopicInitializer.DEFAULT_PARTITIONS);
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker", e);
        }
    }

    private static synchronized void stop() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            System.err.println("[kafka-local] broker did not close cleanly: " + e);
        }
    }
}
