package io.tuopin.metrics.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.tuopin.events.ArticleEntities;
import io.tuopin.metrics.service.EntitiesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code articles.entities}. The record is acknowledged (and its offset later committed)
 * only after the transaction has committed (which also put the article's changed observation set in
 * the outbox of {@code articles.observations}); a failure dead-letters it to its {@code .dlq}, unless the
 * service is stopping ({@link ProjectionAcknowledger}).
 */
@ApplicationScoped
public class ArticleEntitiesConsumer {

    private final EventDecoder decoder;
    private final EntitiesProjection projection;
    private final ProjectionApplier applier;
    private final ProjectionAcknowledger acknowledger;

    public ArticleEntitiesConsumer(EventDecoder decoder, EntitiesProjection projection, ProjectionApplier applier,
                                   ProjectionAcknowledger acknowledger) {
        this.decoder = decoder;
        this.projection = projection;
        this.applier = applier;
        this.acknowledger = acknowledger;
    }

    @Incoming("articles-entities")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> record) {
        return acknowledger.settle(record, () -> {
            ArticleEntities event = decoder.entities(KafkaKeys.of(record), record.getPayload());
            applier.apply("entities", event.articleId(), () -> projection.apply(event));
        });
    }
}
