package io.tuopin.kafka.local;

import io.tuopin.events.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the system's topics if they are missing. {@code articles.raw} is the system of record:
 * compacted by key and never deleted by time. The per-article result topics and the committed change
 * stream {@code articles.observations} are compacted too (the newest record of an article is the one
 * that counts); dead-letter topics keep 30 days.
 *
 * <p>Usable as a main: {@code TopicInitializer <bootstrap> [partitions]}.
 */
public final class TopicInitializer {
    public static final int DEFAULT_PARTITIONS = 6;
    private static final String THIRTY_DAYS_MS = String.valueOf(30L * 24 * 3600 * 1000);

    private TopicInitializer() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PARTITIONS;
        System.out.println("created: " + ensureTopics(bootstrap, partitions));
    }

    /** Returns the names of the topics it created; existing topics are left as they are. */
    public static List<String> ensureTopics(String bootstrap, int partitions)
            throws ExecutionException, InterruptedException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topics(partitions)) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            admin.createTopics(missing).all().get();
            return missing.stream().map(NewTopic::name).toList();
        }
    }

    static List<NewTopic> topics(int partitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : Topics.DATA) {
            topics.add(compacted(name, partitions));
            topics.add(new NewTopic(Topics.dlq(name), partitions, (short) 1).configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, THIRTY_DAYS_MS)));
        }
        for (String name : Topics.COMMITTED) {
            topics.add(compacted(name, partitions));
        }
        return topics;
    }

    private static NewTopic compacted(String name, int partitions) {
        return new NewTopic(name, partitions, (short) 1).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.RETENTION_MS_CONFIG, "-1"));
    }
}
