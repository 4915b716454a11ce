package io.tuopin.nlp.region;

import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;

/** Finds and resolves the places in a cleaned article and picks its subject region. Thread-safe. */
public interface RegionRecognizer {
    RegionAnalysis recognize(CleanedArticle article);
}
