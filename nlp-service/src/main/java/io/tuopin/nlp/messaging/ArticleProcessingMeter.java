package io.tuopin.nlp.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tuopin.events.RawArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Per-article meters of nlp-service: {@code tuopin.nlp.article.processing} (a timer with a
 * histogram: extraction plus publication of both results, until the broker acknowledged them) and
 * {@code tuopin.nlp.article.chars} (the size of the articles processed).
 */
@ApplicationScoped
public class ArticleProcessingMeter {
    private final Timer processing;
    private final DistributionSummary chars;

    public ArticleProcessingMeter(MeterRegistry registry) {
        this.processing = Timer.builder("tuopin.nlp.article.processing")
                .description("extraction and publication of one article's results")
                .publishPercentileHistogram()
                .register(registry);
        this.chars = DistributionSummary.builder("tuopin.nlp.article.chars")
                .description("characters of the articles processed")
                .baseUnit("chars")
                .register(registry);
    }

    public <T> T time(RawArticle raw, Supplier<T> work) {
        chars.record(raw.content().length());
        return processing.record(work);
    }
}
