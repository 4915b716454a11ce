package io.tuopin.nlp.text;

import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;

/** Turns decoded content (text or HTML page) into a {@link CleanedArticle}. Thread-safe. */
public interface ArticleCleaner {
    CleanedArticle clean(ArticleInput input);
}
