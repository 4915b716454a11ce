package io.tuopin.kafka.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerNodeTest {

    @Test
    void withoutEnvironmentTheNodeIsTheLocalRunsSingleBroker() {
        Properties local = LocalKafkaBroker.brokerConfig(9092, 9093, Path.of("/tmp/log"), 6, java.util.Optional.empty());
        Properties overlaid = LocalKafkaBroker.brokerConfig(9092, 9093, Path.of("/tmp/log"), 6, java.util.Optional.empty());
        BrokerNode node = BrokerNode.from(name -> null, 9093);
        node.applyTo(overlaid, 9092, 9093, "PLAINTEXT");

        for (String key : local.stringPropertyNames()) {
            assertEquals(local.getProperty(key), overlaid.getProperty(key), key);
        }
        assertEquals("1", overlaid.getProperty("min.insync.replicas"));
        assertNull(node.clusterId(), "a single node formats with a random cluster id");
        assertTrue(node.createsTopics());
        assertEquals("127.0.0.1:9092", node.bootstrap(9092));
    }

    @Test
    void aNodeOfAThreeBrokerQuorumBindsAllAddressesAdvertisesItsNameAndReplicatesThreeTimes() {
        Map<String, String> env = Map.of(
                "KAFKA_NODE_ID", "2",
                "KAFKA_LISTEN_HOST", "0.0.0.0",
                "KAFKA_ADVERTISED_HOST", "kafka-2",
                "KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093",
                "KAFKA_CLUSTER_ID", "pqaQVk07SsCKY9H-UK6Oug",
                "KAFKA_REPLICATION_FACTOR", "3",
                "KAFKA_MIN_INSYNC_REPLICAS", "2",
                "KAFKA_CREATE_TOPICS", "false");
        Properties config = LocalKafkaBroker.brokerConfig(9092, 9093, Path.of("/var/lib/kafka/log"), 6, java.util.Optional.empty());
        BrokerNode node = BrokerNode.from(env::get, 9093);
        node.applyTo(config, 9092, 9093, "PLAINTEXT");

        assertEquals("2", config.getProperty("node.id"));
        assertEquals("PLAINTEXT://0.0.0.0:9092,CONTROLLER://0.0.0.0:9093", config.getProperty("listeners"));
        assertEquals("PLAINTEXT://kafka-2:9092", config.getProperty("advertised.listeners"));
        assertEquals("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093", config.getProperty("controller.quorum.voters"));
        assertEquals("3", config.getProperty("offsets.topic.replication.factor"));
        assertEquals("3", config.getProperty("default.replication.factor"));
        assertEquals("2", config.getProperty("min.insync.replicas"));
        assertEquals("2", config.getProperty("transaction.state.log.min.isr"));
        assertEquals("pqaQVk07SsCKY9H-UK6Oug", node.clusterId());
        assertFalse(node.createsTopics());
    }

    @Test
    void moreInSyncReplicasThanReplicasIsRefused() {
        Map<String, String> env = Map.of("KAFKA_REPLICATION_FACTOR", "1", "KAFKA_MIN_INSYNC_REPLICAS", "2");
        assertThrows(IllegalArgumentException.class, () -> BrokerNode.from(env::get, 9093));
    }

    @Test
    void topicsTakeTheReplicationFactor() {
        TopicInitializer.topics(6, (short) 3).forEach(topic -> {
            assertEquals(3, topic.replicationFactor(), topic.name());
            assertEquals(6, topic.numPartitions(), topic.name());
        });
    }
}
