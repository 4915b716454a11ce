package io.tuopin.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.RawArticle;
import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.BrokerUnavailableException;
import io.tuopin.ingest.domain.IngestRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import org.apache.kafka.common.errors.RecordTooLargeException;
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
    private final long maxRecordBytes;

    public RawArticlePublisher(@Channel("articles-raw") MutinyEmitter<RawArticle> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.timeout = config.ingest().publishTimeout();
        this.maxRecordBytes = config.ingest().maxBodySize().asLongValue();
    }

    /**
     * Returns once the broker has the record; otherwise throws {@link BrokerUnavailableException}.
     *
     * @throws IngestRejectedException the record would be larger than the ingest limit (413): no retry can store it
     */
    public void publish(RawArticle article) {
        requireStorableSize(article);
        Message<RawArticle> message = Message.of(article)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
                .addMetadata(cloudEvent(article));
        try {
            emitter.sendMessage(message).await().atMost(timeout);
        } catch (RuntimeException e) {
            if (rootCause(e) instanceof RecordTooLargeException tooLarge) {
                throw tooLarge(tooLarge.getMessage());
            }
            // a late acknowledgement may still store the record: the sender's retry is then a duplicate, never a loss
            throw new BrokerUnavailableException("the Kafka broker did not acknowledge article " + article.id()
                    + " within " + timeout.toSeconds() + " s: " + rootMessage(e), e);
        }
    }

    private void requireStorableSize(RawArticle article) {
        long size = RawArticleSerializer.sizeOf(article);
        if (size > maxRecordBytes) {
            throw tooLarge("the article as stored would be " + size + " bytes of UTF-8 JSON; the limit is "
                    + maxRecordBytes + " bytes (tuopin.ingest.max-body-size)");
        }
    }

    private static IngestRejectedException tooLarge(String detail) {
        return new IngestRejectedException(413, "article-too-large", "Article too large", detail);
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
        Throwable root = rootCause(e);
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
