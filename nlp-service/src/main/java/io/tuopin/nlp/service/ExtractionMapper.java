package io.tuopin.nlp.service;

import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleInfo;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.ExtractResult;
import io.tuopin.nlp.domain.Extraction;
import java.time.Instant;

/** Maps an {@link Extraction} to the topic payloads and to the {@code bin/extract} line. */
public final class ExtractionMapper {
    private ExtractionMapper() {
    }

    public static ArticleInfo articleInfo(Extraction extraction) {
        CleanedArticle a = extraction.article();
        return new ArticleInfo(a.title(), a.publishedAt(), a.script(), ref(extraction.subject()), a.text(),
                a.source(), a.author(), a.url());
    }

    public static ArticleEntities entitiesEvent(Extraction extraction, Instant processedAt) {
        return new ArticleEntities(ArticleEntities.SCHEMA_VERSION, extraction.articleId(), ExtractorVersion.CURRENT,
                processedAt, articleInfo(extraction), extraction.entities(), extraction.regions());
    }

    public static ArticleMetrics metricsEvent(Extraction extraction, Instant processedAt) {
        return new ArticleMetrics(ArticleMetrics.SCHEMA_VERSION, extraction.articleId(), ExtractorVersion.CURRENT,
                processedAt, extraction.article().publishedAt(), ref(extraction.subject()),
                extraction.observations(), extraction.quantities());
    }

    public static ExtractResult extractResult(String source, Extraction extraction) {
        return new ExtractResult(source, extraction.articleId(), ExtractorVersion.CURRENT, articleInfo(extraction),
                extraction.entities(), extraction.observations(), extraction.quantities());
    }

    static RegionRef ref(RegionInfo region) {
        return region == null ? null : new RegionRef(region.code(), region.name(), region.level());
    }
}
