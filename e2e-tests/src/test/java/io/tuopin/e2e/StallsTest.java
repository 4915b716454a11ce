package io.tuopin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stall measure of bin/load: per partition, only while one of its articles waited. */
class StallsTest {
    private static final long S = 1_000_000_000L;

    @Test
    void aGapCountsFromTheLaterOfThePreviousChangeAndTheOldestWaitingArticle() {
        Map<String, Long> accepted = new HashMap<>();
        Map<String, Long> arrived = new HashMap<>();
        String[] onePartition = idsOnOnePartition(3);
        article(accepted, arrived, onePartition[0], 0, 2 * S);
        article(accepted, arrived, onePartition[1], 10 * S, 11 * S); // idle from 2 s to 10 s: no stall
        article(accepted, arrived, onePartition[2], 12 * S, 20 * S); // waited 8 s after the previous change

        Stalls.Stall stall = Stalls.longest(accepted, arrived, 6);

        assertEquals(8 * S, stall.nanos());
        assertEquals(12 * S, stall.from());
        assertEquals(Stalls.partitionOf(onePartition[0], 6), stall.partition());
    }

    @Test
    void onlyStallsEndingAfterAMomentCountForIt() {
        Map<String, Long> accepted = new HashMap<>();
        Map<String, Long> arrived = new HashMap<>();
        String[] ids = idsOnOnePartition(3);
        article(accepted, arrived, ids[0], 0, S);
        article(accepted, arrived, ids[1], S, 9 * S);
        article(accepted, arrived, ids[2], 9 * S, 12 * S);

        assertEquals(8 * S, Stalls.longest(accepted, arrived, 6).nanos());
        assertEquals(3 * S, Stalls.longest(accepted, arrived, 6, 10 * S).nanos());
    }

    @Test
    void thePipelineStandsStillOnlyWhenNoPartitionMoves() {
        Map<String, Long> accepted = new HashMap<>();
        Map<String, Long> arrived = new HashMap<>();
        String[] ids = idsOnOnePartition(2);
        article(accepted, arrived, ids[0], 0, S);
        article(accepted, arrived, ids[1], S, 9 * S);
        String other = String.format("%032x", 999_999);
        article(accepted, arrived, other.equals(ids[0]) ? "f" + other.substring(1) : other, S, 5 * S);

        assertEquals(4 * S, Stalls.longestOverall(accepted, arrived, Long.MIN_VALUE).nanos());
    }

    private static void article(Map<String, Long> accepted, Map<String, Long> arrived, String id, long in, long out) {
        accepted.put(id, in);
        arrived.put(id, out);
    }

    private static String[] idsOnOnePartition(int count) {
        String[] ids = new String[count];
        int found = 0;
        for (int i = 0; found < count; i++) {
            String id = String.format("%032x", i);
            if (Stalls.partitionOf(id, 6) == 0) {
                ids[found++] = id;
            }
        }
        return ids;
    }
}
