package io.tuopin.events;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code articles.observations} (key = article id): an article's observation set as
 * metrics-service committed it, published after the commit from its outbox. Only changes of the
 * stored set are published; a tombstone (null value) says the article's set was removed.
 *
 * @param processedAt the {@code processedAt} of the {@code articles.metrics} record the set came from
 * @param regionKey   the stored key of the region the article is about, or null
 * @param committedAt when the transaction that stored this state ran
 */
public record CommittedObservations(
        int schemaVersion,
        String articleId,
        String extractorVersion,
        Instant processedAt,
        String publishedAt,
        String regionKey,
        Instant committedAt,
        List<StoredObservation> observations) {

    public static final int SCHEMA_VERSION = 1;
}
