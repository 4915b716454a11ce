package io.tuopin.nlp.messaging;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.tuopin.events.Topics;
import io.tuopin.kafka.support.KafkaClientSettings;
import io.tuopin.kafka.support.TopicReader;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Re-runs extraction over {@code articles.raw} (all of it, or the records written since a time) after
 * the extractor has improved. It reads the topic up to the end offsets it saw when it started, with no
 * consumer group (so the live consumer is untouched), and publishes fresh results; metrics-service
 * replaces each article's observation set, so the projections converge. Progress is streamed as lines.
 * One replay runs at a time in an instance; it stops when cancelled or when its client goes away.
 */
@ApplicationScoped
public class ReprocessingService {
    private static final Logger LOG = Logger.getLogger(ReprocessingService.class);
    private static final int PROGRESS_EVERY = 25;

    private final ArticleResultService results;
    private final KafkaClientSettings kafka;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "reprocess"));
    private final AtomicReference<Replay> current = new AtomicReference<>();

    public ReprocessingService(ArticleResultService results, KafkaClientSettings kafka) {
        this.results = results;
        // small polls, so that a cancellation is noticed soon and progress is exact
        this.kafka = kafka.with(Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20));
    }

    /** @throws ReplayRunningException another replay runs in this instance */
    public Multi<String> reprocess(Instant since) {
        Replay replay = new Replay(since, Instant.now());
        if (!current.compareAndSet(null, replay)) {
            throw new ReplayRunningException(progress());
        }
        return Multi.createFrom().<String>emitter(emitter -> {
            emitter.onTermination(replay::cancel); // the client cancelled or went away; harmless once done
            worker.submit(() -> run(replay, emitter));
        });
    }

    public ReplayProgress progress() {
        Replay replay = current.get();
        return replay == null ? ReplayProgress.IDLE : replay.progress();
    }

    /** Asks the running replay to stop; empty when none runs. */
    public Optional<ReplayProgress> cancel() {
        Replay replay = current.get();
        if (replay == null) {
            return Optional.empty();
        }
        replay.cancel();
        return Optional.of(replay.progress());
    }

    @PreDestroy
    void stop() {
        cancel();
        worker.shutdown();
    }

    private void run(Replay replay, MultiEmitter<? super String> emitter) {
        try (TopicReader<String, String> reader = new TopicReader<>(kafka, "nlp-reprocess", Topics.ARTICLES_RAW,
                new StringDeserializer(), new StringDeserializer()).startAt(replay.since)) {
            replay.total.set(reader.remaining());
            emitter.emit("reprocessing " + Topics.ARTICLES_RAW + (replay.since == null ? " from the beginning"
                    : " since " + replay.since) + ": " + replay.total.get() + " records");
            boolean finished = reader.readToEnd(record -> process(record, replay, emitter), replay.cancelled::get)
                    && !replay.cancelled.get();
            emitter.emit((finished ? "done: " : "cancelled: ") + replay.reprocessed.get() + " articles reprocessed, "
                    + replay.skipped.get() + " skipped");
            emitter.complete();
        } catch (RuntimeException e) {
            LOG.warn("replay failed", e);
            emitter.fail(e);
        } finally {
            current.compareAndSet(replay, null);
        }
    }

    private void process(ConsumerRecord<String, String> record, Replay replay, MultiEmitter<? super String> emitter) {
        if (replay.cancelled.get()) {
            return; // the rest of this poll's records are left unread
        }
        try {
            results.processAndPublish(RawArticleParser.parse(record.value()));
            replay.reprocessed.incrementAndGet();
        } catch (RuntimeException e) {
            replay.skipped.incrementAndGet();
            emitter.emit("skipped " + record.key() + " (partition " + record.partition() + ", offset "
                    + record.offset() + "): " + e.getMessage());
        }
        if ((replay.reprocessed.get() + replay.skipped.get()) % PROGRESS_EVERY == 0) {
            emitter.emit("progress: " + replay.reprocessed.get() + " reprocessed, " + replay.skipped.get() + " skipped");
        }
    }

    /** One run of the replay and its counters, read by other threads. */
    private static final class Replay {
        final Instant since;
        final Instant startedAt;
        final AtomicLong total = new AtomicLong();
        final AtomicLong reprocessed = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicBoolean cancelled = new AtomicBoolean();

        Replay(Instant since, Instant startedAt) {
            this.since = since;
            this.startedAt = startedAt;
        }

        void cancel() {
            cancelled.set(true);
        }

        ReplayProgress progress() {
            return new ReplayProgress(true, startedAt, since, total.get(), reprocessed.get(), skipped.get(),
                    cancelled.get());
        }
    }
}
