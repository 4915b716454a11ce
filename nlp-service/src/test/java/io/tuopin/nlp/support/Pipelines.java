package io.tuopin.nlp.support;

import io.tuopin.events.Observation;
import io.tuopin.events.ArticleIds;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.NlpPipeline;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The whole NLP stage as the service runs it, built once per test JVM, for tests of invented articles. */
public final class Pipelines {
    private static ArticleProcessor processor;

    private Pipelines() {
    }

    public static synchronized ArticleProcessor processor() {
        if (processor == null) {
            processor = NlpPipeline.createProcessor();
        }
        return processor;
    }

    /** Runs the stage over a plain-text article. */
    public static Extraction process(String text) {
        return processor().process(new ArticleInput(ArticleIds.of(text), text, false, null, null, null, null));
    }

    /** The observation of an indicator with a value, if any. */
    public static Optional<Observation> find(List<Observation> observations, String indicator, String value) {
        BigDecimal v = new BigDecimal(value);
        return observations.stream().filter(o -> o.indicator().equals(indicator) && o.value().compareTo(v) == 0)
                .findFirst();
    }

    /** The region name of the observation (null when the article names no place), or "absent". */
    public static String regionOf(List<Observation> observations, String indicator, String value) {
        return find(observations, indicator, value).map(o -> o.region() == null ? null : o.region().name())
                .orElse("absent: " + summary(observations));
    }

    public static String summary(List<Observation> observations) {
        return observations.stream().map(o -> o.indicator() + "=" + o.value().toPlainString() + "@"
                + (o.region() == null ? "?" : o.region().name()) + "/" + o.period()).toList().toString();
    }
}
