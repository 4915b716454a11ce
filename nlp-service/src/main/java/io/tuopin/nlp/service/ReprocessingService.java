package io.tuopin.nlp.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.tuopin.events.Topics;
import io.tuopin.nlp.messaging.ArticleResultService;
import io.tuopin.nlp.messaging.RawArticleParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Re-runs extraction over {@code articles.raw} (all of it, or the records written since a time) after
 * the extractor has improved. It reads the topic up to the end offsets it saw when it started, with no
 * consumer group (so the live consumer is untouched), and publishes fresh results; metrics-service
 * replaces each article's observation set, so the projections converge. Progress is streamed as lines.
 */
@ApplicationScoped
public class ReprocessingService {
    private static final int PROGRESS_EVERY = 25;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "reprocess"));

    @Inject
    ArticleResultService results;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    public Multi<String> reprocess(Instant since) {
        return Multi.createFrom().emitter(emitter -> worker.submit(() -> run(since, emitter)));
    }

    private void run(Instant since, MultiEmitter<? super String> emitter) {
        try (KafkaConsumer<String, String> consumer = newConsumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_RAW).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            seek(consumer, partitions, since);
            emitter.emit("reprocessing " + Topics.ARTICLES_RAW + (since == null ? " from the beginning" : " since " + since));
            long[] counts = drain(consumer, end, emitter);
            emitter.emit("done: " + counts[0] + " articles reprocessed, " + counts[1] + " skipped");
            emitter.complete();
        } catch (RuntimeException e) {
            emitter.fail(e);
        }
    }

    private long[] drain(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
            MultiEmitter<? super String> emitter) {
        long done = 0;
        long skipped = 0;
        while (!reachedEnd(consumer, end)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue;
                }
                try {
                    results.processAndPublish(RawArticleParser.parse(record.value()));
                    done++;
                } catch (RuntimeException e) {
                    skipped++;
                    emitter.emit("skipped " + record.key() + " (partition " + record.partition() + ", offset "
                            + record.offset() + "): " + e.getMessage());
                }
                if ((done + skipped) % PROGRESS_EVERY == 0) {
                    emitter.emit("progress: " + done + " reprocessed, " + skipped + " skipped");
                }
            }
        }
        return new long[] {done, skipped};
    }

    private static void seek(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions, Instant since) {
        if (since == null) {
            consumer.seekToBeginning(partitions);
            return;
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
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }
}
