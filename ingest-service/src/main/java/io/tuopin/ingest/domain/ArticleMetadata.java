package io.tuopin.ingest.domain;

/**
 * What the sender tells about an article besides its content; every field may be null.
 *
 * @param region the region the article is about, as the sender gives it (a code or a name); once the
 *               submission is validated, its code
 */
public record ArticleMetadata(String title, String url, String source, String publishedAt, String region) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null, null);

    public ArticleMetadata(String title, String url, String source, String publishedAt) {
        this(title, url, source, publishedAt, null);
    }

    /** This metadata, with each missing field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                firstPresent(title, fallback.title),
                firstPresent(url, fallback.url),
                firstPresent(source, fallback.source),
                firstPresent(publishedAt, fallback.publishedAt),
                firstPresent(region, fallback.region));
    }

    /** This metadata with another region (a feed's configured one, or the validated code). */
    public ArticleMetadata withRegion(String newRegion) {
        return new ArticleMetadata(title, url, source, publishedAt, newRegion);
    }

    private static String firstPresent(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
