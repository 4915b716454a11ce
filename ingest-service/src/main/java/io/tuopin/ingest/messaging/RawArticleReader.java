package io.tuopin.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tuopin.events.EventJson;
import io.tuopin.events.Topics;
import io.tuopin.ingest.service.KnownArticleIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads {@code articles.raw} from the beginning of every partition at start and keeps following it,
 * so {@link KnownArticleIds} holds every article any replica has published. A plain consumer with
 * {@code assign()} and no group: every replica reads everything, and no offsets are committed.
 */
@ApplicationScoped
public class RawArticleReader {
    private static final Logger LOG = Logger.getLogger(RawArticleReader.class);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private final KnownArticleIds knownIds;
    private final String bootstrapServers;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public RawArticleReader(KnownArticleIds knownIds,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.knownIds = knownIds;
        this.bootstrapServers = bootstrapServers;
    }

    /** Whether the first read-back has reached the end offsets the topic had when it started. */
    public boolean caughtUp() {
        return caughtUp;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "articles-raw-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(5).toMillis());
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerProperties())) {
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException e) {
                // stop() interrupts the poll
            } catch (KafkaException | IllegalStateException e) {
                LOG.warnf("reading back %s failed (%s); retrying in %d s", Topics.ARTICLES_RAW, e.getMessage(),
                        RETRY_DELAY.toSeconds());
                pause();
            }
        }
    }

    private void follow(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> partitions = partitions(kafka);
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + Topics.ARTICLES_RAW + " does not exist (yet)");
        }
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        Map<TopicPartition, Long> endOffsets = kafka.endOffsets(partitions);
        LOG.infof("reading back %s: %d partitions, %d records at most", Topics.ARTICLES_RAW, partitions.size(),
                endOffsets.values().stream().mapToLong(Long::longValue).sum());
        while (running) {
            for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofSeconds(1))) {
                remember(record);
            }
            if (!caughtUp && reached(kafka, endOffsets)) {
                caughtUp = true;
                LOG.infof("read back %s: %d known articles", Topics.ARTICLES_RAW, knownIds.size());
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(Topics.ARTICLES_RAW);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static boolean reached(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    private void remember(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            knownIds.remove(record.key());
            return;
        }
        knownIds.add(record.key(), urlOf(record));
    }

    private static String urlOf(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode url = EventJson.mapper().readTree(record.value()).path("url");
            return url.isTextual() ? url.asText() : null;
        } catch (IOException e) {
            LOG.warnf("record %s of %s-%d@%d is not JSON; only its id is remembered", record.key(),
                    record.topic(), record.partition(), record.offset());
            return null;
        }
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-known-ids");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
