package io.tuopin.nlp.messaging;

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

/** Processes one raw article and returns once both of its results are acknowledged by the broker. */
@ApplicationScoped
public class ArticleResultService {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);

    @Inject
    ArticleProcessor processor;

    @Inject
    ResultPublisher publisher;

    public Extraction processAndPublish(RawArticle raw) {
        Extraction extraction = processor.process(toInput(raw));
        Instant processedAt = Instant.now();
        publisher.publish(ExtractionMapper.entitiesEvent(extraction, processedAt),
                        ExtractionMapper.metricsEvent(extraction, processedAt))
                .await().atMost(PUBLISH_TIMEOUT);
        return extraction;
    }

    static ArticleInput toInput(RawArticle raw) {
        boolean html = raw.contentType() != null && raw.contentType().toLowerCase(Locale.ROOT).contains("html");
        return new ArticleInput(raw.id(), raw.content(), html, raw.title(), raw.url(), raw.source(), raw.publishedAt(),
                raw.region());
    }
}
