package io.tuopin.metrics.service;

import io.tuopin.metrics.repository.ArticleRow;
import java.time.Instant;

/** An article in a list. */
public record ArticleSummary(String id, String title, String source, String url, String publishedAt,
                             RegionRefView region, String script, String extractorVersion, Instant processedAt) {

    static ArticleSummary of(ArticleRow a, RegionRefView region) {
        return new ArticleSummary(a.id(), a.title(), a.source(), a.url(), a.publishedAt(), region, a.script(),
                a.extractorVersion(), a.processedAt());
    }
}
