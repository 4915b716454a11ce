package io.tuopin.kafka.local;

import io.tuopin.events.Topics;
import io.tuopin.kafka.support.KafkaClientSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the system's topics if they are missing. {@code articles.raw} is the system of record:
 * compacted by key and never deleted by time. The per-article result topics and the committed change
 * stream {@code articles.observations} are compacted too (the newest record of an article is the one
 * that counts); dead-letter topics keep 30 days. Every topic takes records up to
 * {@link Topics#MAX_MESSAGE_BYTES}, above every producer's limit.
 *
 * <p>This is the one list of the system's topics: the local run, the tests and compose's
 * {@code kafka-init} job all create them here.
 *
 * <p>Usable as a main: {@code TopicInitializer <bootstrap> [partitions] [replicationFactor]}; it waits
 * (up to two minutes) until as many brokers as the replication factor have joined.
 */
public final class TopicInitializer {
    public static final int DEFAULT_PARTITIONS = 6;
    private static final String THIRTY_DAYS_MS = String.valueOf(30L * 24 * 3600 * 1000);

    private TopicInitializer() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PARTITIONS;
        int replicas = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        KafkaClientSettings settings = KafkaClientSettings.bootstrap(bootstrap);
        System.out.printf("topics on %s: %d partitions, %d replicas each%n", bootstrap, partitions, replicas);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                awaitBrokers(settings, replicas);
                List<String> created = ensureTopics(settings, partitions, replicas);
                System.out.println("created: " + (created.isEmpty() ? "none (all existed)" : created));
                return;
            } catch (ExecutionException | IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                System.out.println("waiting for the brokers: " + e.getMessage());
                Thread.sleep(2000);
            }
        }
    }

    /** Throws unless at least {@code brokers} brokers answer. */
    public static void awaitBrokers(KafkaClientSettings settings, int brokers)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(settings.admin("topic-initializer"))) {
            int joined = admin.describeCluster().nodes().get().size();
            if (joined < brokers) {
                throw new IllegalStateException(joined + " of " + brokers + " brokers have joined");
            }
        }
    }

    public static List<String> ensureTopics(KafkaClientSettings settings, int partitions)
            throws ExecutionException, InterruptedException {
        return ensureTopics(settings, partitions, 1);
    }

    /** Returns the names of the topics it created; existing topics are left as they are. */
    public static List<String> ensureTopics(KafkaClientSettings settings, int partitions, int replicationFactor)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(settings.admin("topic-initializer"))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topics(partitions, (short) replicationFactor)) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            admin.createTopics(missing).all().get();
            return missing.stream().map(NewTopic::name).toList();
        }
    }

    static List<NewTopic> topics(int partitions, short replicas) {
        String maxMessageBytes = String.valueOf(Topics.MAX_MESSAGE_BYTES);
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Topics.DATA) {
            topics.add(compacted(name, partitions, replicas, maxMessageBytes));
            topics.add(new NewTopic(Topics.dlq(name), partitions, replicas).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, THIRTY_DAYS_MS,
                    TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes)));
        }
        for (String name : Topics.COMMITTED) {
            topics.add(compacted(name, partitions, replicas, maxMessageBytes));
        }
        return topics;
    }

    private static NewTopic compacted(String name, int partitions, short replicas, String maxMessageBytes) {
        return new NewTopic(name, partitions, replicas).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes));
    }
}
