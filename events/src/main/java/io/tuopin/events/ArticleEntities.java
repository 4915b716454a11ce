package io.tuopin.events;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code articles.entities}: one record per processed article (key = article id).
 *
 * @param regions every region referenced by the article or its observations, with all ancestors
 */
public record ArticleEntities(
        int schemaVersion,
        String articleId,
        String extractorVersion,
        Instant processedAt,
        ArticleInfo article,
        List<Entity> entities,
        List<RegionInfo> regions) {

    public static final int SCHEMA_VERSION = 1;
}
