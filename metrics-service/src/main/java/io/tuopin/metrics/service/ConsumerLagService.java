package io.tuopin.metrics.service;

import io.tuopin.metrics.config.MetricsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Consumer lag per group: committed offsets against the partitions' end offsets. */
@ApplicationScoped
public class ConsumerLagService {
    private static final Logger LOG = Logger.getLogger(ConsumerLagService.class);

    @Inject
    MetricsConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public PipelineStatus status() {
        long timeout = config.status().timeout().toMillis();
        try (Admin admin = Admin.create(adminProperties(timeout))) {
            List<GroupLag> groups = new ArrayList<>();
            for (String group : config.status().groups()) {
                groups.add(lag(admin, group, timeout));
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

    private Properties adminProperties(long timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "metrics-service-status");
        return props;
    }
}
