package io.tuopin.ingest.domain;

/** What the sender tells about an article besides its content; every field may be null. */
public record ArticleMetadata(String title, String url, String source, String publishedAt) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    /** This metadata, with each missing field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                firstPresent(title, fallback.title),
                firstPresent(url, fallback.url),
                firstPresent(source, fallback.source),
                firstPresent(publishedAt, fallback.publishedAt));
    }

    private static String firstPresent(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
