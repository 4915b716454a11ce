package io.tuopin.metrics.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.Topics;
import io.tuopin.kafka.support.KafkaClientSettings;
import io.tuopin.metrics.config.OutboxConfig;
import io.tuopin.metrics.domain.ObservationChange;
import io.tuopin.metrics.repository.ObservationChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Publishes the committed changes of the outbox to {@code articles.observations}, oldest first, and
 * deletes them once the broker has acknowledged them, all in one transaction that holds the relay
 * lease, so one replica relays at a time and the order per article is the commit order. A crash
 * after the commit and before the publication loses nothing (the change waits in the outbox); a
 * crash after the publication and before the delete publishes the same change again (same
 * {@code ce_id}).
 */
@ApplicationScoped
public class ObservationRelay {
    private static final Logger LOG = Logger.getLogger(ObservationRelay.class);
    private static final String SOURCE = "metrics-service";

    private final ObservationChangeRepository changes;
    private final OutboxConfig config;
    private final KafkaClientSettings kafka;
    private final Counter published;
    private final Timer delay;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Producer<String, String> producer;

    public ObservationRelay(ObservationChangeRepository changes, OutboxConfig config, MeterRegistry registry,
                            KafkaClientSettings kafka) {
        this.changes = changes;
        this.config = config;
        this.kafka = kafka;
        this.published = Counter.builder("tuopin.metrics.outbox.published")
                .description("committed changes published to articles.observations").register(registry);
        this.delay = Timer.builder("tuopin.metrics.outbox.delay")
                .description("from a change's commit to the broker's acknowledgement of its record")
                .publishPercentileHistogram().register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("the articles.observations relay is off in this replica (tuopin.metrics.outbox.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::relayUntilStopped, "observation-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUps.release();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(20));
        }
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    /** Called after a commit in this replica: publish now rather than at the next interval. */
    public void wake() {
        wakeUps.release();
    }

    /** Publishes one batch of committed changes; returns how many (0 when another replica holds the lease). */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().call(this::relayBatch);
    }

    private void relayUntilStopped() {
        int failures = 0;
        while (running) {
            int relayed = 0;
            try {
                relayed = relayOnce();
                failures = 0;
            } catch (RuntimeException e) {
                if (failures++ == 0) {
                    LOG.warnf("publishing committed changes failed, they stay in the outbox and are retried: %s", e);
                }
            }
            if (relayed < config.batchSize()) {
                pause(failures == 0 ? config.interval() : config.interval().multipliedBy(Math.min(failures, 10)));
            }
        }
    }

    private int relayBatch() {
        if (!changes.tryLease()) {
            return 0;
        }
        List<ObservationChange> batch = changes.oldest(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<?>> acks = new ArrayList<>();
        for (ObservationChange change : batch) {
            acks.add(producer().send(record(change)));
        }
        for (Future<?> ack : acks) {
            await(ack);
        }
        changes.deleteAll(batch.stream().map(change -> change.seq).toList());
        Instant now = Instant.now();
        batch.forEach(change -> delay.record(Duration.between(change.committedAt, now)));
        published.increment(batch.size());
        return batch.size();
    }

    static ProducerRecord<String, String> record(ObservationChange change) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ARTICLES_OBSERVATIONS, null,
                change.committedAt.toEpochMilli(), change.articleId, change.payload);
        header(record, CloudEvents.SPEC_VERSION, CloudEvents.SPEC_VERSION_VALUE);
        header(record, CloudEvents.ID, change.articleId + ":" + change.seq);
        header(record, CloudEvents.TYPE, CloudEvents.TYPE_ARTICLE_OBSERVATIONS);
        header(record, CloudEvents.SOURCE, SOURCE);
        header(record, CloudEvents.TIME, change.committedAt.toString());
        if (change.payload != null) {
            header(record, "content-type", "application/json");
        }
        if (change.traceparent != null) {
            header(record, "traceparent", change.traceparent);
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void await(Future<?> ack) {
        try {
            ack.get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing committed changes", e);
        } catch (Exception e) {
            throw new IllegalStateException("the broker did not acknowledge a committed change: " + e.getMessage(), e);
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerSettings(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** Every {@code kafka.*} setting (SASL and TLS included), as the channels connect, and the relay's own. */
    Map<String, Object> producerSettings() {
        Map<String, Object> p = kafka.producer("metrics-service-observation-relay");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(config.publishTimeout().toMillis()));
        return p;
    }

    private void pause(Duration duration) {
        try {
            wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
