package io.tuopin.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.RawArticle;
import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.BrokerUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes to {@code articles.raw} (key = article id, CloudEvents binary headers) and waits for the
 * broker's acknowledgement ({@code acks=all}, idempotent producer: see application.properties).
 */
@ApplicationScoped
public class RawArticlePublisher {
    static final URI SOURCE = URI.create("ingest-service");

    private final MutinyEmitter<RawArticle> emitter;
    private final Duration timeout;

    public RawArticlePublisher(@Channel("articles-raw") MutinyEmitter<RawArticle> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.timeout = config.ingest().publishTimeout();
    }

    /** Returns once the broker has the record; otherwise throws {@link BrokerUnavailableException}. */
    public void publish(RawArticle article) {
        Message<RawArticle> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
                .addMetadata(cloudEvent(article));
        try {
            emitter.sendMessage(message).await().atMost(timeout);
        } catch (RuntimeException e) {
            // a late acknowledgement may still store the record: the sender's retry is then a duplicate, never a loss
            throw new BrokerUnavailableException("the Kafka broker did not acknowledge article " + article.id()
                    + " within " + timeout.toSeconds() + " s: " + rootMessage(e), e);
        }
    }

    private static OutgoingCloudEventMetadata<Object> cloudEvent(RawArticle article) {
        return OutgoingCloudEventMetadata.builder()
                .withId(article.id())
                .withType(CloudEvents.TYPE_ARTICLE_RAW)
                .withSource(SOURCE)
                .withSpecVersion(CloudEvents.SPEC_VERSION_VALUE)
                .withDataContentType("application/json")
                .withTimestamp(article.receivedAt().atZone(ZoneOffset.UTC))
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
