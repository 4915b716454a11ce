package io.tuopin.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.ExtractionMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code articles.raw}. The input's offset is committed only after both results have been
 * acknowledged by the broker; a crash in between re-processes the article, which is harmless because
 * both outputs are keyed by article id and applied idempotently downstream. A record that cannot be
 * processed goes to {@code articles.raw.dlq} with the reason (failure strategy in the config).
 */
@ApplicationScoped
public class RawArticleConsumer {
    private static final Logger LOG = Logger.getLogger(RawArticleConsumer.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    ArticleProcessor processor;

    @Inject
    ResultPublisher publisher;

    /** The value is read as a string so that malformed JSON is dead-lettered as it came, with the parse error. */
    @Incoming("articles-raw")
    @Blocking(ordered = false)
    public void consume(String value) {
        RawArticle raw = parse(value);
        Extraction extraction = processor.process(toInput(raw));
        Instant processedAt = Instant.now();
        LOG.debugf("article %s: %d entities, %d observations", raw.id(), extraction.entities().size(),
                extraction.observations().size());
        publisher.publish(ExtractionMapper.entitiesEvent(extraction, processedAt),
                        ExtractionMapper.metricsEvent(extraction, processedAt))
                .await().atMost(PUBLISH_TIMEOUT);
    }

    static RawArticle parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty record value");
        }
        RawArticle raw;
        try {
            raw = EventJson.mapper().readValue(value, RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record value is not a RawArticle JSON document: "
                    + e.getOriginalMessage(), e);
        }
        validate(raw);
        return raw;
    }

    static void validate(RawArticle raw) {
        if (raw.schemaVersion() != RawArticle.SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + raw.schemaVersion());
        }
        if (raw.id() == null || raw.content() == null || raw.content().isBlank()) {
            throw new IllegalArgumentException("RawArticle without id or content");
        }
    }

    static ArticleInput toInput(RawArticle raw) {
        boolean html = raw.contentType() != null && raw.contentType().toLowerCase(Locale.ROOT).contains("html");
        return new ArticleInput(raw.id(), raw.content(), html, raw.title(), raw.url(), raw.source(), raw.publishedAt());
    }
}
