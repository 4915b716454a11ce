package io.tuopin.ingest.domain;

/**
 * A submission decoded and validated: ready to be identified and published.
 *
 * @param contentType {@code text/plain} or {@code text/html}
 */
public record DecodedArticle(String content, String contentType, String charset, ArticleMetadata metadata) {
}
