package io.tuopin.nlp.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.CloudEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes an article's results, keyed by article id, and completes when the broker has acknowledged both. */
@ApplicationScoped
public class ResultPublisher {
    private static final URI SOURCE = URI.create("nlp-service");

    private final MutinyEmitter<ArticleEntities> entities;
    private final MutinyEmitter<ArticleMetrics> metrics;

    public ResultPublisher(@Channel("articles-entities") MutinyEmitter<ArticleEntities> entities,
                           @Channel("articles-metrics") MutinyEmitter<ArticleMetrics> metrics) {
        this.entities = entities;
        this.metrics = metrics;
    }

    public Uni<Void> publish(ArticleEntities entityEvent, ArticleMetrics metricEvent) {
        String ceId = entityEvent.articleId() + ":" + entityEvent.extractorVersion();
        return entities.sendMessage(message(entityEvent, entityEvent.articleId(), ceId,
                        CloudEvents.TYPE_ARTICLE_ENTITIES, entityEvent.processedAt()))
                .chain(() -> metrics.sendMessage(message(metricEvent, metricEvent.articleId(), ceId,
                        CloudEvents.TYPE_ARTICLE_METRICS, metricEvent.processedAt())));
    }

    private static <T> Message<T> message(T payload, String key, String ceId, String type, java.time.Instant time) {
        return Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(ceId)
                        .withType(type)
                        .withSource(SOURCE)
                        .withTimestamp(time.atZone(ZoneOffset.UTC))
                        .build());
    }
}
