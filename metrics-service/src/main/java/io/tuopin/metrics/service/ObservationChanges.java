package io.tuopin.metrics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.CommittedObservations;
import io.tuopin.events.EventJson;
import io.tuopin.metrics.domain.ObservationSet;
import io.tuopin.metrics.domain.ObservationChange;
import io.tuopin.metrics.domain.ObservationSetDigest;
import io.tuopin.metrics.repository.ObservationSetRepository;
import io.tuopin.metrics.repository.ObservationChangeRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.ObservationSetDigestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the outbox of articles.observations: after a projection has changed an article, and in the
 * same transaction, the article's stored set is read back and put in the outbox, unless it equals the
 * set put there last. Nothing is sent from here (no dual write); {@code ObservationRelay} publishes
 * what has been committed.
 *
 * <p>The article's {@code observation_set} row is locked first, so two transactions changing one
 * article put their changes in the outbox in commit order, each reading the state the other committed.
 */
@ApplicationScoped
public class ObservationChanges {
    private static final String TRACEPARENT = "traceparent";

    private final ObservationSetRepository sets;
    private final ObservationRepository observations;
    private final ObservationSetDigestRepository digests;
    private final ObservationChangeRepository outbox;
    private final OpenTelemetry telemetry;

    public ObservationChanges(ObservationSetRepository sets, ObservationRepository observations,
                              ObservationSetDigestRepository digests, ObservationChangeRepository outbox,
                              OpenTelemetry telemetry) {
        this.sets = sets;
        this.observations = observations;
        this.digests = digests;
        this.outbox = outbox;
        this.telemetry = telemetry;
    }

    /** Must run inside the transaction that changed the article, after its writes. */
    public void capture(String articleId) {
        sets.flush();
        ObservationSet set = sets.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            removed(articleId);
            return;
        }
        Instant now = Timestamps.micros(Instant.now());
        CommittedObservations committed = CommittedSets.of(set, observations.byArticle(articleId), now);
        String digest = ArticleIds.sha256Hex(json(CommittedSets.withoutCommitTime(committed)));
        ObservationSetDigest last = digests.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (last != null && last.digest.equals(digest)) {
            return;
        }
        if (last == null) {
            last = new ObservationSetDigest();
            last.articleId = articleId;
            last.digest = digest;
            digests.persist(last);
        } else {
            last.digest = digest;
        }
        enqueue(articleId, json(committed), now);
    }

    /** The article's set is gone: a tombstone, if anything was ever published for it. */
    public void removed(String articleId) {
        ObservationSetDigest last = digests.findById(articleId, LockModeType.PESSIMISTIC_WRITE);
        if (last != null) {
            digests.delete(last);
            enqueue(articleId, null, Timestamps.micros(Instant.now()));
        }
    }

    private void enqueue(String articleId, String payload, Instant committedAt) {
        ObservationChange change = new ObservationChange();
        change.articleId = articleId;
        change.payload = payload;
        change.committedAt = committedAt;
        change.traceparent = currentTraceparent();
        outbox.persist(change);
    }

    private String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    private static String json(CommittedObservations committed) {
        try {
            return EventJson.mapper().writeValueAsString(committed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the committed set of " + committed.articleId() + " could not be written", e);
        }
    }
}
