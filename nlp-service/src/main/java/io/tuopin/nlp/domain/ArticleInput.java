package io.tuopin.nlp.domain;

/**
 * What the NLP stage is given: decoded content (plain text or a whole HTML page) and whatever
 * metadata the sender supplied. Metadata found in the content fills the gaps.
 *
 * @param regionHint the code of the region the sender says the article is about (from ingest's
 *                   {@code region} or a feed's), used as the subject when the text names no place; may be null
 */
public record ArticleInput(
        String id, String content, boolean html, String title, String url, String source, String publishedAt,
        String regionHint) {

    public ArticleInput(String id, String content, boolean html, String title, String url, String source,
                        String publishedAt) {
        this(id, content, html, title, url, source, publishedAt, null);
    }

    /** The same input, with the sender's region. */
    public ArticleInput withRegionHint(String hint) {
        return new ArticleInput(id, content, html, title, url, source, publishedAt, hint);
    }
}
