package io.tuopin.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tuopin.events.EventJson;
import io.tuopin.events.Topics;
import io.tuopin.kafka.support.KafkaClientSettings;
import io.tuopin.kafka.support.TopicReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads {@code articles.raw} from the beginning of every partition at start and keeps following it,
 * so {@link KnownArticleIds} holds every article any replica has published. A {@link TopicReader}
 * joins no group: every replica reads everything, and no offsets are committed.
 */
@ApplicationScoped
public class RawArticleReader {
    private static final Logger LOG = Logger.getLogger(RawArticleReader.class);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final KnownArticleIds knownIds;
    private final KafkaClientSettings kafka;
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile TopicReader<String, byte[]> reader;
    private Thread thread;

    public RawArticleReader(KnownArticleIds knownIds, KafkaClientSettings kafka) {
        this.knownIds = knownIds;
        // a broker that is down shows in the log (and readiness) within 15 s rather than the default minute
        this.kafka = kafka.with(Map.of(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
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
        TopicReader<String, byte[]> current = reader;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(5).toMillis());
        }
    }

    private void run() {
        while (running) {
            try (TopicReader<String, byte[]> topic = new TopicReader<>(kafka, "ingest-known-ids", Topics.ARTICLES_RAW,
                    new StringDeserializer(), new ByteArrayDeserializer())) {
                reader = topic;
                follow(topic.startAt(null));
            } catch (WakeupException e) {
                // stop() interrupts the poll
            } catch (KafkaException | IllegalStateException e) {
                LOG.warnf("reading back %s failed (%s); retrying in %d s", Topics.ARTICLES_RAW, e.getMessage(),
                        RETRY_DELAY.toSeconds());
                pause();
            }
        }
    }

    private void follow(TopicReader<String, byte[]> topic) {
        Map<TopicPartition, Long> endOffsets = topic.endOffsets();
        LOG.infof("reading back %s: %d partitions, %d records at most", Topics.ARTICLES_RAW, topic.partitionCount(),
                endOffsets.values().stream().mapToLong(Long::longValue).sum());
        while (running) {
            for (ConsumerRecord<String, byte[]> record : topic.poll(POLL)) {
                remember(record);
            }
            if (!caughtUp && topic.reached(endOffsets)) {
                caughtUp = true;
                LOG.infof("read back %s: %d known articles", Topics.ARTICLES_RAW, knownIds.size());
            }
        }
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

    private void pause() {
        try {
            Thread.sleep(RETRY_DELAY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
