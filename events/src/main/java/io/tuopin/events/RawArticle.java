package io.tuopin.events;

import java.time.Instant;

/**
 * Payload of {@code articles.raw}: one accepted article, as decoded by ingest-service.
 *
 * @param id          hash of the decoded content with whitespace collapsed (see {@link ArticleIds})
 * @param publishedAt ISO date (YYYY-MM-DD) when the sender gave one, else null
 * @param contentType {@code text/plain} or {@code text/html}: what {@code content} holds
 * @param content     the decoded article (Unicode), exactly as received apart from decoding
 * @param channel     how it came in: {@code http}, {@code inbox} or {@code feed}
 * @param charset     the charset the bytes were decoded from
 */
public record RawArticle(
        int schemaVersion,
        String id,
        String title,
        String url,
        String source,
        String publishedAt,
        String contentType,
        String content,
        String channel,
        String charset,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;
}
