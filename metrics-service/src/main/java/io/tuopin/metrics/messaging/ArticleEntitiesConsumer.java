package io.tuopin.metrics.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.tuopin.events.ArticleEntities;
import io.tuopin.metrics.service.EntitiesProjection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code articles.entities}. The record is acknowledged (and its offset later committed)
 * only after the transaction has committed (which also put the article's changed observation set in
 * the outbox of {@code articles.observations}); a failure dead-letters it to {@code articles.entities.dlq}.
 */
@ApplicationScoped
public class ArticleEntitiesConsumer {

    @Inject
    EventDecoder decoder;

    @Inject
    EntitiesProjection projection;

    @Inject
    ProjectionApplier applier;

    @Incoming("articles-entities")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        ArticleEntities event = decoder.entities(record.value());
        applier.apply("entities", event.articleId(), () -> projection.apply(event));
    }
}
