package io.tuopin.nlp.messaging;

import java.time.Instant;

/**
 * Where a replay of {@code articles.raw} stands.
 *
 * @param since     the replay's start in time, null for the whole topic
 * @param total     records between the start and the end offsets the replay read up to
 * @param cancelled whether it was asked to stop (it stops before the next record)
 */
public record ReplayProgress(boolean running, Instant startedAt, Instant since, long total, long reprocessed,
                             long skipped, boolean cancelled) {

    public static final ReplayProgress IDLE = new ReplayProgress(false, null, null, 0, 0, 0, false);

    public String summary() {
        return (reprocessed + skipped) + " of " + total + " records read (" + reprocessed + " reprocessed, "
                + skipped + " skipped), started " + startedAt;
    }
}
