package io.tuopin.metrics.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.tuopin.events.Entity;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(type = SchemaType.ARRAY, implementation = Entity.class, description = "the entities record's entities, as stored")
        JsonNode entities,
        String extractorVersion,
        Instant processedAt,
        String metricsExtractorVersion,
        Instant metricsProcessedAt,
        List<ObservationView> observations) {
}
