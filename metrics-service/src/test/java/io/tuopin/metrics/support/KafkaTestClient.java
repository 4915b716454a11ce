package io.tuopin.metrics.support;

import static org.awaitility.Awaitility.await;

import io.tuopin.events.EventJson;
import io.tuopin.kafka.local.TestKafkaBroker;
import io.tuopin.kafka.support.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes records to the in-process broker and watches what metrics-service did with them. */
public final class KafkaTestClient {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaProducer<String, byte[]> producer;

    private KafkaTestClient() {
    }

    public static RecordMetadata publish(String topic, String key, Object event) {
        try {
            return publishRaw(topic, key, EventJson.mapper().writeValueAsBytes(event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized RecordMetadata publishRaw(String topic, String key, byte[] value) {
        if (producer == null) {
            Map<String, Object> config = TestKafkaBroker.clientSettings().producer("metrics-test");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        }
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Waits until the metrics-service group has committed past this record (so it was processed). */
    public static void awaitConsumed(RecordMetadata record) {
        awaitAllConsumed(List.of(record));
    }

    /** Waits until the metrics-service group has committed past every one of these records. */
    public static void awaitAllConsumed(Collection<RecordMetadata> records) {
        Map<TopicPartition, Long> last = new HashMap<>();
        records.forEach(r -> last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max));
        try (Admin admin = Admin.create(TestKafkaBroker.clientSettings().admin("metrics-test"))) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("metrics-service")
                        .partitionsToOffsetAndMetadata().get();
                return last.entrySet().stream().allMatch(end -> offsets.get(end.getKey()) != null
                        && offsets.get(end.getKey()).offset() > end.getValue());
            });
        }
    }

    /** Every record on a topic so far with this key (reads from the beginning), once {@code expected} are there. */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key, int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (TopicReader<String, byte[]> reader = new TopicReader<>(TestKafkaBroker.clientSettings(), "metrics-test",
                topic, new StringDeserializer(), new ByteArrayDeserializer()).startAt(null)) {
            await().atMost(WAIT).until(() -> {
                reader.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
                return found.size() >= expected;
            });
        }
        return found;
    }
}
