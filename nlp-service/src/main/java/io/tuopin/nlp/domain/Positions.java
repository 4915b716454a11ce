package io.tuopin.nlp.domain;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary searches over lists sorted by an offset, so that per-figure look-ups stay logarithmic. */
public final class Positions {
    private Positions() {
    }

    /** The index of the first element whose key is at least {@code offset} (the list size when none is). */
    public static <T> int firstAtOrAfter(List<T> sorted, int offset, ToIntFunction<T> key) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(sorted.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The elements whose key lies in [from, to), as a view of the sorted list. */
    public static <T> List<T> within(List<T> sorted, int from, int to, ToIntFunction<T> key) {
        int a = firstAtOrAfter(sorted, from, key);
        int b = Math.max(a, firstAtOrAfter(sorted, to, key));
        return sorted.subList(a, b);
    }

    /** The span holding the offset among spans sorted by start and not overlapping, or null. */
    public static Span spanAt(List<Span> spans, int offset) {
        int i = firstAtOrAfter(spans, offset + 1, Span::start) - 1;
        return i >= 0 && spans.get(i).contains(offset) ? spans.get(i) : null;
    }
}
