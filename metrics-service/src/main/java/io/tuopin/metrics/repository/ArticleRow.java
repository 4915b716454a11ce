package io.tuopin.metrics.repository;

import java.time.Instant;

/** An article's columns for lists and references: everything but its text and entities. */
public record ArticleRow(String id, String title, String source, String url, String publishedAt, String regionKey,
                         String script, String extractorVersion, Instant processedAt) {
}
