package io.tuopin.nlp.domain;

/**
 * What the NLP stage is given: decoded content (plain text or a whole HTML page) and whatever
 * metadata the sender supplied. Metadata found in the content fills the gaps.
 */
public record ArticleInput(
        String id, String content, boolean html, String title, String url, String source, String publishedAt) {
}
