package io.tuopin.kafka.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads every partition of one topic, from a chosen start, with a consumer that joins no group:
 * nothing is committed and no group's members or offsets are touched, so any number of readers
 * (replicas, replays, tests) read side by side. Not thread-safe, except {@link #wakeup()}.
 */
public final class TopicReader<K, V> implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<K, V> consumer;
    private final String topic;
    private final List<TopicPartition> partitions;

    /** @throws TopicMissingException the topic has no partitions (it does not exist, or not yet) */
    public TopicReader(KafkaClientSettings settings, String clientId, String topic,
                       Deserializer<K> keys, Deserializer<V> values) {
        this.consumer = new KafkaConsumer<>(settings.groupless(clientId), keys, values);
        this.topic = topic;
        try {
            this.partitions = partitionsOf(consumer, topic);
            consumer.assign(partitions);
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
    }

    /** Starts at the first record, or with {@code since} at the first record written at or after it. */
    public TopicReader<K, V> startAt(Instant since) {
        if (since == null) {
            consumer.seekToBeginning(partitions);
            return this;
        }
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = found.get(p);
            if (at == null) {
                consumer.seekToEnd(List.of(p));
            } else {
                consumer.seek(p, at.offset());
            }
        }
        return this;
    }

    /** Starts after the last record there is now: only what is written from now on is read. */
    public TopicReader<K, V> startAtEnd() {
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve now, not lazily at the first poll
        return this;
    }

    /** The offsets after the last record of every partition, now. */
    public Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(partitions);
    }

    /** Whether every partition has been read up to the given end offsets. */
    public boolean reached(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** The records one poll returns, whatever their offset. */
    public Iterable<ConsumerRecord<K, V>> poll(Duration timeout) {
        return consumer.poll(timeout);
    }

    /**
     * Gives every record up to the end offsets of now to {@code handler}, in order per partition.
     *
     * @param stop asked between polls; true ends the read early
     * @return whether the end was reached (false: stopped)
     */
    public boolean readToEnd(Consumer<ConsumerRecord<K, V>> handler, BooleanSupplier stop) {
        Map<TopicPartition, Long> end = endOffsets();
        while (!reached(end)) {
            if (stop.getAsBoolean()) {
                return false;
            }
            for (ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    handler.accept(record);
                }
            }
        }
        return true;
    }

    /** Records between the current positions and the end offsets of now. */
    public long remaining() {
        return endOffsets().entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey()))).sum();
    }

    public String topic() {
        return topic;
    }

    public int partitionCount() {
        return partitions.size();
    }

    /** Makes a blocking poll of another thread throw {@link org.apache.kafka.common.errors.WakeupException}. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new TopicMissingException(topic);
        }
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }
}
