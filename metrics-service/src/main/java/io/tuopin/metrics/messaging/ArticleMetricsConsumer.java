package io.tuopin.metrics.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.metrics.service.MetricsProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code articles.metrics}. The record is acknowledged (and its offset later committed)
 * only after the transaction has committed (which also put the article's changed observation set in
 * the outbox of {@code articles.observations}); a failure dead-letters it to {@code articles.metrics.dlq}.
 */
@ApplicationScoped
public class ArticleMetricsConsumer {

    @Inject
    EventDecoder decoder;

    @Inject
    MetricsProjection projection;

    @Inject
    ProjectionApplier applier;

    @Incoming("articles-metrics")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        ArticleMetrics event = decoder.metrics(record.value());
        applier.apply("metrics", event.articleId(), () -> projection.apply(event));
    }
}
