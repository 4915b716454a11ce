package io.tuopin.metrics.support;

import static org.awaitility.Awaitility.await;

import io.tuopin.events.EventJson;
import io.tuopin.kafka.local.TestKafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafkaBroker.bootstrapServers());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Waits until the metrics-service group has committed past this record (so it was processed). */
    public static void awaitConsumed(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafkaBroker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("metrics-service")
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata committed = offsets.get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    /** Every record on a topic so far with this key (reads from the beginning). */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafkaBroker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
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
