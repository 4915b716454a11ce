package io.tuopin.ingest.domain;

import java.util.List;

/** A parsed RSS or Atom document. */
public record Feed(String title, List<FeedItem> items) {
}
