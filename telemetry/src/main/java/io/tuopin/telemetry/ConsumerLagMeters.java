package io.tuopin.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tuopin.kafka.support.KafkaClientSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * {@code tuopin.consumer.lag} per {@code group}, {@code topic} and {@code partition}: records on the
 * partition after the group's committed offset, read from the broker every
 * {@code tuopin.consumer-lag.interval} (10 s) for the consumer groups of this service's incoming
 * channels (a channel that commits nothing has no lag to report).
 */
@ApplicationScoped
public class ConsumerLagMeters {
    private static final Logger LOG = Logger.getLogger(ConsumerLagMeters.class);
    private static final String PREFIX = "mp.messaging.incoming.";

    private final MeterRegistry registry;
    private final KafkaClientSettings kafka;
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private ScheduledExecutorService scheduler;
    private Admin admin;

    public ConsumerLagMeters(MeterRegistry registry, KafkaClientSettings kafka) {
        this.registry = registry;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        Map<String, Set<String>> groups = groupsOf(config);
        Duration interval = config.getOptionalValue("tuopin.consumer-lag.interval", Duration.class)
                .orElse(Duration.ofSeconds(10));
        if (groups.isEmpty() || interval.isZero()) {
            return;
        }
        admin = Admin.create(kafka.admin("consumer-lag-meters"));
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "consumer-lag-meters");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> refresh(groups), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
            admin.close(Duration.ofSeconds(2));
        }
    }

    /** Consumer group → topics, from the incoming Kafka channels that commit offsets. */
    static Map<String, Set<String>> groupsOf(Config config) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(PREFIX) || !name.endsWith(".group.id")) {
                continue;
            }
            String channel = name.substring(PREFIX.length(), name.length() - ".group.id".length());
            String strategy = config.getOptionalValue(PREFIX + channel + ".commit-strategy", String.class).orElse("");
            if (channel.contains(".") || "ignore".equals(strategy)) {
                continue;
            }
            String topic = config.getOptionalValue(PREFIX + channel + ".topic", String.class).orElse(channel);
            groups.computeIfAbsent(config.getValue(name, String.class), g -> new TreeSet<>()).add(topic);
        }
        return groups;
    }

    private void refresh(Map<String, Set<String>> groups) {
        try {
            for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
                refresh(group.getKey(), group.getValue());
            }
        } catch (Exception e) {
            LOG.debugf("consumer lag not refreshed: %s", e.toString());
        }
    }

    private void refresh(String group, Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(5, TimeUnit.SECONDS);
        ends.forEach((partition, end) -> {
            OffsetAndMetadata position = committed.get(partition);
            long lag = end.offset() - (position == null ? 0 : position.offset());
            gauge(group, partition).set(Math.max(lag, 0));
        });
    }

    private AtomicLong gauge(String group, TopicPartition partition) {
        return lags.computeIfAbsent(group + "|" + partition, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("tuopin.consumer.lag", value, AtomicLong::get)
                    .description("records after the consumer group's committed offset")
                    .tag("group", group)
                    .tag("topic", partition.topic())
                    .tag("partition", String.valueOf(partition.partition()))
                    .register(registry);
            return value;
        });
    }
}
