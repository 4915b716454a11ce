package io.tuopin.kafka.local;

import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * What makes a {@link LocalKafkaBroker} one node of a deployment rather than the local run's single
 * broker: its id, the address it binds and the one it advertises, the KRaft quorum it votes in, the
 * cluster id every node is formatted with, and the replication of topics. Read from the
 * environment; every default is the local run's single node on 127.0.0.1, so the local run and the
 * tests are unchanged.
 *
 * <p>Environment: {@code KAFKA_NODE_ID} (1), {@code KAFKA_LISTEN_HOST} (127.0.0.1; 0.0.0.0 in a
 * container), {@code KAFKA_ADVERTISED_HOST} (127.0.0.1), {@code KAFKA_CONTROLLER_QUORUM_VOTERS}
 * (this node alone, e.g. {@code 1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093} for three),
 * {@code KAFKA_CLUSTER_ID} (random at the first format; must be the same on every node of a quorum),
 * {@code KAFKA_REPLICATION_FACTOR} (1), {@code KAFKA_MIN_INSYNC_REPLICAS} (1),
 * {@code KAFKA_CREATE_TOPICS} (true; false where a separate job creates them).
 */
record BrokerNode(int nodeId, String listenHost, String advertisedHost, String quorumVoters, String clusterId,
        int replicationFactor, int minInsyncReplicas, boolean createsTopics) {

    static BrokerNode fromEnv(int controllerPort) {
        return from(System::getenv, controllerPort);
    }

    static BrokerNode from(Function<String, String> env, int controllerPort) {
        int nodeId = Integer.parseInt(value(env, "KAFKA_NODE_ID", "1"));
        String advertised = value(env, "KAFKA_ADVERTISED_HOST", "127.0.0.1");
        int replicas = Integer.parseInt(value(env, "KAFKA_REPLICATION_FACTOR", "1"));
        int minInsync = Integer.parseInt(value(env, "KAFKA_MIN_INSYNC_REPLICAS", "1"));
        if (minInsync > replicas) {
            throw new IllegalArgumentException("KAFKA_MIN_INSYNC_REPLICAS (" + minInsync
                    + ") exceeds KAFKA_REPLICATION_FACTOR (" + replicas + ")");
        }
        return new BrokerNode(nodeId,
                value(env, "KAFKA_LISTEN_HOST", "127.0.0.1"),
                advertised,
                value(env, "KAFKA_CONTROLLER_QUORUM_VOTERS", nodeId + "@" + advertised + ":" + controllerPort),
                value(env, "KAFKA_CLUSTER_ID", null),
                replicas,
                minInsync,
                Boolean.parseBoolean(value(env, "KAFKA_CREATE_TOPICS", "true")));
    }

    /** Overlays this node's identity, addresses and replication onto a broker configuration. */
    void applyTo(Properties config, int port, int controllerPort, String listener) {
        config.put("node.id", String.valueOf(nodeId));
        config.put("controller.quorum.voters", quorumVoters);
        config.put("listeners", listener + "://" + listenHost + ":" + port + ",CONTROLLER://" + listenHost + ":" + controllerPort);
        config.put("advertised.listeners", listener + "://" + advertisedHost + ":" + port);
        config.putAll(replication());
    }

    /** With three replicas and two in sync, {@code acks=all} survives the loss of one broker. */
    Map<String, String> replication() {
        String replicas = String.valueOf(replicationFactor);
        String minInsync = String.valueOf(minInsyncReplicas);
        return Map.of(
                "default.replication.factor", replicas,
                "min.insync.replicas", minInsync,
                "offsets.topic.replication.factor", replicas,
                "transaction.state.log.replication.factor", replicas,
                "transaction.state.log.min.isr", minInsync,
                "share.coordinator.state.topic.replication.factor", replicas,
                "share.coordinator.state.topic.min.isr", minInsync);
    }

    /** Where this node's clients and its own readiness check connect. */
    String bootstrap(int port) {
        return advertisedHost + ":" + port;
    }

    private static String value(Function<String, String> env, String name, String fallback) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
