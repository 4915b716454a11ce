package io.tuopin.nlp.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Half-open spans [start, end) sorted by start, answering "does anything overlap [s, e)?" in
 * O(log n). Built once per article, so that a stage that asks this for every figure or entity stays
 * n log n instead of scanning all spans each time.
 */
public final class SpanIndex {
    private final int[] starts;
    private final int[] ends;
    /** maxEnds[k] = the largest end among the spans 0..k (in start order). */
    private final int[] maxEnds;

    private SpanIndex(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
        this.maxEnds = new int[ends.length];
        int max = Integer.MIN_VALUE;
        for (int k = 0; k < ends.length; k++) {
            max = Math.max(max, ends[k]);
            maxEnds[k] = max;
        }
    }

    public static <T> SpanIndex of(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = items.stream().sorted(Comparator.comparingInt(start)).toList();
        return new SpanIndex(sorted.stream().mapToInt(start).toArray(), sorted.stream().mapToInt(end).toArray());
    }

    public static SpanIndex of(List<Span> spans) {
        return of(spans, Span::start, Span::end);
    }

    /** Whether some span overlaps [start, end). */
    public boolean overlaps(int start, int end) {
        int last = lastStartingBefore(end);
        return last >= 0 && maxEnds[last] > start;
    }

    /** The start of the latest-starting span with start &lt; pos &lt; end, or -1. */
    public int enclosingStart(int pos) {
        for (int k = lastStartingBefore(pos); k >= 0 && maxEnds[k] > pos; k--) {
            if (ends[k] > pos) {
                return starts[k];
            }
        }
        return -1;
    }

    /** Index of the last span whose start is below {@code pos}, or -1. */
    private int lastStartingBefore(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        if (i < 0) {
            return -i - 2;
        }
        while (i > 0 && starts[i - 1] == pos) {
            i--;
        }
        return i - 1;
    }
}
