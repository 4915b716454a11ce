package io.tuopin.ingest.domain;

/**
 * One RSS item or Atom entry.
 *
 * @param link        the item's page (or its guid when that is the only address), may be null
 * @param publishedAt ISO date or null
 * @param content     the item's own content (HTML or text), may be null
 */
public record FeedItem(String title, String link, String publishedAt, String content, boolean contentIsHtml) {
}
