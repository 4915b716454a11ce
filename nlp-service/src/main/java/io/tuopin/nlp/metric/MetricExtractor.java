package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.RegionAnalysis;

/** Reads the metric observations and quantities out of a cleaned article. Thread-safe. */
public interface MetricExtractor {
    MetricResult extract(String articleId, CleanedArticle article, RegionAnalysis regions);
}
