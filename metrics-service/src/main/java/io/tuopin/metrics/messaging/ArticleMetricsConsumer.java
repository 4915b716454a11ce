package io.tuopin.metrics.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.metrics.service.MetricsProjection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code articles.metrics}. The record is acknowledged (and its offset later committed)
 * only after the transaction has committed (which also put the article's changed observation set in
 * the outbox of {@code articles.observations}); a failure dead-letters it to its {@code .dlq}, unless the
 * service is stopping ({@link ProjectionAcknowledger}).
 */
@ApplicationScoped
public class ArticleMetricsConsumer {

    private final EventDecoder decoder;
    private final MetricsProjection projection;
    private final ProjectionApplier applier;
    private final ProjectionAcknowledger acknowledger;

    public ArticleMetricsConsumer(EventDecoder decoder, MetricsProjection projection, ProjectionApplier applier,
                                  ProjectionAcknowledger acknowledger) {
        this.decoder = decoder;
        this.projection = projection;
        this.applier = applier;
        this.acknowledger = acknowledger;
    }

    @Incoming("articles-metrics")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> record) {
        return acknowledger.settle(record, () -> {
            ArticleMetrics event = decoder.metrics(KafkaKeys.of(record), record.getPayload());
            applier.apply("metrics", event.articleId(), () -> projection.apply(event));
        });
    }
}
