package io.tuopin.nlp.messaging;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.tuopin.events.RawArticle;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.service.ExtractionMapper;
import io.tuopin.telemetry.ArticleLogContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Processes one raw article within its time budget and returns once both of its results are
 * acknowledged by the broker.
 */
@ApplicationScoped
public class ArticleResultService {
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(60);

    private final ExtractionBudget budget;
    private final ResultPublisher publisher;

    public ArticleResultService(ExtractionBudget budget, ResultPublisher publisher) {
        this.budget = budget;
        this.publisher = publisher;
    }

    /** One span per article ({@code nlp.process-article}, with its id); the results are sent from inside it. */
    @WithSpan("nlp.process-article")
    public Extraction processAndPublish(RawArticle raw) {
        try (ArticleLogContext article = ArticleLogContext.open(raw.id())) {
            Extraction extraction = budget.process(toInput(raw));
            Instant processedAt = Instant.now();
            publisher.publish(ExtractionMapper.entitiesEvent(extraction, processedAt),
                            ExtractionMapper.metricsEvent(extraction, processedAt))
                    .await().atMost(PUBLISH_TIMEOUT);
            return extraction;
        }
    }

    static ArticleInput toInput(RawArticle raw) {
        boolean html = raw.contentType() != null && raw.contentType().toLowerCase(Locale.ROOT).contains("html");
        return new ArticleInput(raw.id(), raw.content(), html, raw.title(), raw.url(), raw.source(), raw.publishedAt(),
                raw.region());
    }
}
