package io.tuopin.metrics.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The database keeps microseconds; compare and store instants at that precision. */
final class Timestamps {
    private Timestamps() {
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a record processed at {@code incoming} is older than the stored one. */
    static boolean isStale(Instant incoming, Instant stored) {
        return stored != null && micros(incoming).isBefore(stored);
    }
}
