package io.tuopin.events;

/**
 * An article after cleaning.
 *
 * @param script the script of the input: {@code simplified} or {@code traditional}; {@code text} is always simplified
 * @param region the region the report is about (its subject), or null when none was found
 * @param text   the cleaned text; every {@code start}/{@code end} offset indexes it
 */
public record ArticleInfo(
        String title,
        String publishedAt,
        String script,
        RegionRef region,
        String text,
        String source,
        String author,
        String url) {
}
