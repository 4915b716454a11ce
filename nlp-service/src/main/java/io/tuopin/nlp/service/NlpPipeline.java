package io.tuopin.nlp.service;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.nlp.entity.HanlpEntityRecognizer;
import io.tuopin.nlp.metric.CatalogMetricExtractor;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;

/** Builds the one NLP pipeline that both nlp-service and {@code bin/extract} run. */
public final class NlpPipeline {
    private NlpPipeline() {
    }

    public static ArticleProcessor createProcessor() {
        Gazetteer gazetteer = Gazetteer.standard();
        return new ArticleProcessor(
                new HtmlArticleCleaner(),
                new GazetteerRegionRecognizer(gazetteer),
                new HanlpEntityRecognizer(),
                new CatalogMetricExtractor());
    }
}
