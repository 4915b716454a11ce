package io.tuopin.metrics.service;

import io.tuopin.kafka.support.KafkaClientSettings;
import io.tuopin.metrics.config.MetricsConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Consumer lag per group: committed offsets against the partitions' end offsets, asked through one
 * admin client that lives as long as the service (it reconnects by itself when the broker returns).
 */
@ApplicationScoped
public class ConsumerLagService {
    private static final Logger LOG = Logger.getLogger(ConsumerLagService.class);

    private final MetricsConfig config;
    private final KafkaClientSettings kafka;
    private Admin admin;

    public ConsumerLagService(MetricsConfig config, KafkaClientSettings kafka) {
        this.config = config;
        this.kafka = kafka;
    }

    public PipelineStatus status() {
        long timeout = config.status().timeout().toMillis();
        try {
            Admin client = admin();
            List<GroupLag> groups = new ArrayList<>();
            for (String group : config.status().groups()) {
                groups.add(lag(client, group, timeout));
            }
            return new PipelineStatus("up", null, groups);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PipelineStatus("unavailable", "interrupted", List.of());
        } catch (Exception e) {
            LOG.debugf("Kafka status unavailable: %s", e.toString());
            return new PipelineStatus("unavailable", "the Kafka broker did not answer within " + timeout + " ms",
                    List.of());
        }
    }

    private static GroupLag lag(Admin admin, String group, long timeout) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(timeout, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(timeout, TimeUnit.MILLISECONDS);
        List<PartitionLag> partitions = new ArrayList<>();
        committed.forEach((tp, offset) -> {
            long end = ends.get(tp).offset();
            long at = offset == null ? -1 : offset.offset();
            partitions.add(new PartitionLag(tp.topic(), tp.partition(), at, end, Math.max(0, end - Math.max(at, 0))));
        });
        partitions.sort(Comparator.comparing(PartitionLag::topic).thenComparing(PartitionLag::partition));
        return new GroupLag(group, partitions.stream().mapToLong(PartitionLag::lag).sum(), partitions);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int timeout = (int) config.status().timeout().toMillis();
            Map<String, Object> settings = kafka.admin("metrics-service-status");
            settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
            settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
            admin = Admin.create(settings);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
