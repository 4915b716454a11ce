package io.tuopin.metrics.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * An article with its cleaned text, entities and observations (offsets index {@code text}).
 * Fields from the entities record are null while only the metrics record has arrived, and the
 * metrics fields are null the other way round.
 */
public record ArticleDetail(
        String id,
        String title,
        String source,
        String url,
        String author,
        String publishedAt,
        String script,
        RegionRefView region,
        String text,
        JsonNode entities,
        String extractorVersion,
        Instant processedAt,
        String metricsExtractorVersion,
        Instant metricsProcessedAt,
        List<ObservationView> observations) {
}
