package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param region      the code of the region the sender says the article is about (6, 9 or 12 digits,
 *                    resolved by ingest from a code or name it was given), or null; nlp-service takes it
 *                    for the subject when the text names no place. Omitted when null (added later than
 *                    the other fields: older records lack it)
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
        Instant receivedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String region) {

    public static final int SCHEMA_VERSION = 1;

    /** An article without a region hint. */
    public RawArticle(int schemaVersion, String id, String title, String url, String source, String publishedAt,
                      String contentType, String content, String channel, String charset, Instant receivedAt) {
        this(schemaVersion, id, title, url, source, publishedAt, contentType, content, channel, charset, receivedAt, null);
    }
}
