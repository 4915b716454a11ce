package io.tuopin.nlp.region;

import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;

/** Finds and resolves the places in a cleaned article and picks its subject region. Thread-safe. */
public interface RegionRecognizer {

    /**
     * @param regionHint the code of the region the sender says the article is about (6, 9 or 12 digits),
     *                   the subject when the text names no place; null for none
     * @throws IllegalArgumentException when the hint is no known code
     */
    RegionAnalysis recognize(CleanedArticle article, String regionHint);

    default RegionAnalysis recognize(CleanedArticle article) {
        return recognize(article, null);
    }
}
