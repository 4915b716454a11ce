package io.tuopin.metrics.service;

import io.tuopin.events.CommittedObservations;
import io.tuopin.events.Evidence;
import io.tuopin.events.StoredObservation;
import io.tuopin.metrics.domain.Observation;
import io.tuopin.metrics.domain.ObservationSet;
import java.time.Instant;
import java.util.List;

/** Maps an article's stored set to the payload of articles.observations: what is stored, as it is stored. */
final class CommittedSets {
    private CommittedSets() {
    }

    static CommittedObservations of(ObservationSet set, List<Observation> rows, Instant committedAt) {
        return new CommittedObservations(CommittedObservations.SCHEMA_VERSION, set.articleId, set.extractorVersion,
                set.processedAt, set.publishedAt, set.regionKey, committedAt,
                rows.stream().map(CommittedSets::stored).toList());
    }

    /** The same state without its commit time: equal for two commits that stored the same set. */
    static CommittedObservations withoutCommitTime(CommittedObservations c) {
        return new CommittedObservations(c.schemaVersion(), c.articleId(), c.extractorVersion(), c.processedAt(),
                c.publishedAt(), c.regionKey(), null, c.observations());
    }

    static StoredObservation stored(Observation row) {
        return new StoredObservation(row.id, row.regionKey, row.regionCode, row.regionName, row.regionLevel,
                row.indicator, row.value, row.valueMax, row.unit, row.period, row.periodStart, row.approx, row.target,
                row.confidence, row.kind, evidence(row));
    }

    private static Evidence evidence(Observation row) {
        if (row.evidenceText == null || row.evidenceStart == null || row.evidenceEnd == null
                || row.sourceStart == null || row.sourceEnd == null) {
            return null;
        }
        return new Evidence(row.evidenceText, row.evidenceStart, row.evidenceEnd, row.sourceStart, row.sourceEnd);
    }
}
