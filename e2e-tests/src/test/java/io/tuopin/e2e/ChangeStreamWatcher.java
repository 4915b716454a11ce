package io.tuopin.e2e;

import io.tuopin.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows {@code articles.observations} from the beginning (all partitions, no group) and notes when
 * each article's committed set first arrived, the latest value per article, and every arrival time,
 * so that latency from ingest to queryable and stalls can be measured from outside.
 */
final class ChangeStreamWatcher implements AutoCloseable {
    final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    final Map<String, String> latest = new ConcurrentHashMap<>();
    /** Every arrival as {partition, nanoTime}. */
    final List<long[]> arrivals = Collections.synchronizedList(new ArrayList<>());
    /** Partitions of the change stream (as of articles.raw: same key, same partition). */
    final int partitions;
    private final Thread thread;
    private volatile boolean running = true;

    ChangeStreamWatcher(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_OBSERVATIONS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        this.partitions = partitions.size();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(() -> follow(consumer), "change-stream-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    arrivals.add(new long[] {record.partition(), now});
                    firstArrival.putIfAbsent(record.key(), now);
                    if (record.value() == null) {
                        latest.remove(record.key());
                    } else {
                        latest.put(record.key(), record.value());
                    }
                }
            }
        }
    }

    /** Waits until every id has arrived; returns the ids still missing when the timeout passed. */
    Set<String> awaitAll(Set<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (firstArrival.keySet().containsAll(ids)) {
                return Set.of();
            }
            Thread.sleep(200);
        }
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(firstArrival.keySet());
        return missing;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
