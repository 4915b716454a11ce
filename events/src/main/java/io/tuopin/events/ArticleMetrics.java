package io.tuopin.events;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code articles.metrics}: ALL observations of one processed article (key = article id),
 * so that a reprocessed article replaces its set as a whole.
 */
public record ArticleMetrics(
        int schemaVersion,
        String articleId,
        String extractorVersion,
        Instant processedAt,
        String publishedAt,
        RegionRef region,
        List<Observation> metrics,
        List<Quantity> quantities) {

    public static final int SCHEMA_VERSION = 1;
}
