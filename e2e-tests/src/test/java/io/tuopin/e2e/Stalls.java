package io.tuopin.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Utils;

/**
 * The longest time one partition of the pipeline stood still: no committed change arrived on its
 * partition of the change stream although one of its articles was waiting (accepted, not yet
 * queryable). Articles keep their partition from {@code articles.raw} to {@code articles.observations}
 * (same key, same partition count, the default partitioner), so a member that died shows as a stall
 * of the partitions it held until they moved. The warm-up before a partition's first change is
 * reported apart.
 */
final class Stalls {
    record Stall(long nanos, int partition, long from) {
    }

    private record Article(long accepted, long arrived) {
    }

    private Stalls() {
    }

    static int partitionOf(String articleId, int partitions) {
        return Utils.toPositive(Utils.murmur2(articleId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * The longest time the whole pipeline stood still: no committed change anywhere although an article
     * was waiting, ending after {@code endedAfter} (a nanoTime; {@code Long.MIN_VALUE} for any).
     */
    static Stall longestOverall(Map<String, Long> acceptedAt, Map<String, Long> firstArrival, long endedAfter) {
        List<Article> all = new ArrayList<>();
        acceptedAt.forEach((id, accepted) -> {
            Long arrived = firstArrival.get(id);
            if (arrived != null) {
                all.add(new Article(accepted, arrived));
            }
        });
        return longestIn(-1, all, endedAfter);
    }

    /** The longest stall after each partition's first change, over all partitions. */
    static Stall longest(Map<String, Long> acceptedAt, Map<String, Long> firstArrival, int partitions) {
        return longest(acceptedAt, firstArrival, partitions, Long.MIN_VALUE);
    }

    /** The longest stall that ended after {@code endedAfter} (a nanoTime, e.g. a kill). */
    static Stall longest(Map<String, Long> acceptedAt, Map<String, Long> firstArrival, int partitions, long endedAfter) {
        Map<Integer, List<Article>> byPartition = new HashMap<>();
        acceptedAt.forEach((id, accepted) -> {
            Long arrived = firstArrival.get(id);
            if (arrived != null) {
                byPartition.computeIfAbsent(partitionOf(id, partitions), p -> new ArrayList<>())
                        .add(new Article(accepted, arrived));
            }
        });
        Stall longest = new Stall(0, -1, 0);
        for (Map.Entry<Integer, List<Article>> partition : byPartition.entrySet()) {
            Stall stall = longestIn(partition.getKey(), partition.getValue(), endedAfter);
            if (stall.nanos() > longest.nanos()) {
                longest = stall;
            }
        }
        return longest;
    }

    /** Articles by arrival; a gap before arrival i counts from the later of the previous arrival and the earliest wait still open. */
    private static Stall longestIn(int partition, List<Article> articles, long endedAfter) {
        articles.sort(Comparator.comparingLong(Article::arrived));
        long[] earliestWaiting = new long[articles.size()];
        long min = Long.MAX_VALUE;
        for (int i = articles.size() - 1; i >= 0; i--) {
            min = Math.min(min, articles.get(i).accepted());
            earliestWaiting[i] = min;
        }
        Stall longest = new Stall(0, partition, 0);
        for (int i = 1; i < articles.size(); i++) {
            long from = Math.max(articles.get(i - 1).arrived(), earliestWaiting[i]);
            long gap = articles.get(i).arrived() - from;
            if (gap > longest.nanos() && articles.get(i).arrived() > endedAfter) {
                longest = new Stall(gap, partition, from);
            }
        }
        return longest;
    }

    /** From the first post to the first committed change anywhere. */
    static long warmUp(long start, Map<String, Long> firstArrival) {
        return firstArrival.values().stream().mapToLong(Long::longValue).min().orElse(start) - start;
    }
}
