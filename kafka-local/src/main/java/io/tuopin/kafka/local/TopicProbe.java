package io.tuopin.kafka.local;

import io.tuopin.kafka.support.KafkaClientSettings;
import io.tuopin.kafka.support.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Test helper: writes records to and reads records from a broker with plain Kafka clients. */
public final class TopicProbe {
    private static final Duration POLL = Duration.ofMillis(200);
    private final KafkaClientSettings settings;

    public TopicProbe(KafkaClientSettings settings) {
        this.settings = settings;
    }

    public static TopicProbe onTestBroker() {
        return new TopicProbe(TestKafkaBroker.clientSettings());
    }

    public void send(String topic, String key, String value) throws Exception {
        sendAll(topic, Map.of(key, value));
    }

    /** Sends one record with the given headers (UTF-8 values), e.g. a W3C {@code traceparent}. */
    public void send(String topic, String key, String value, Map<String, String> headers) throws Exception {
        var config = settings.producer("topic-probe");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    /** Writes one record per entry (key, value) and returns when the broker has acknowledged all of them. */
    public void sendAll(String topic, Map<String, String> records) throws Exception {
        var config = settings.producer("topic-probe");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach((key, value) -> sent.add(producer.send(new ProducerRecord<>(topic, key, value))));
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        }
    }

    /** Reads the topic from the beginning until {@code count} records match, or the timeout passes. */
    public List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            int count, Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (TopicReader<String, String> reader = new TopicReader<>(settings, "topic-probe", topic,
                new StringDeserializer(), new StringDeserializer()).startAt(null)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matched.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
                    if (match.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    /**
     * Reads the topic from the beginning until every key of {@code keys} has been seen, then on to the end
     * offsets of that moment; returns the records with those keys (empty keys: none), in order per partition.
     */
    public List<ConsumerRecord<String, String>> awaitKeys(String topic, Set<String> keys, Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        Set<String> missing = new HashSet<>(keys);
        try (TopicReader<String, String> reader = new TopicReader<>(settings, "topic-probe", topic,
                new StringDeserializer(), new StringDeserializer()).startAt(null)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : reader.poll(POLL)) {
                    if (keys.contains(record.key())) {
                        matched.add(record);
                        missing.remove(record.key());
                    }
                }
            }
            reader.readToEnd(record -> {
                if (keys.contains(record.key())) {
                    matched.add(record);
                }
            }, () -> false);
        }
        return matched;
    }

    /** The records of the topic up to its end offsets of now that match. */
    public List<ConsumerRecord<String, String>> readToEnd(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (TopicReader<String, String> reader = new TopicReader<>(settings, "topic-probe", topic,
                new StringDeserializer(), new StringDeserializer()).startAt(null)) {
            reader.readToEnd(record -> {
                if (match.test(record)) {
                    matched.add(record);
                }
            }, () -> false);
        }
        return matched;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
