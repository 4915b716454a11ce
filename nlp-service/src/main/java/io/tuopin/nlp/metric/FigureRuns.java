package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.RecognizedQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the figures of one clause stand to each other: runs of figures that share their cue
 * (14109户40779人, 4013户、1.2万人, 4013户近2万人), the baseline and result of a change (从A下降到B),
 * and where each figure's cues may stand.
 */
final class FigureRuns {
    private static final Pattern GROUP_GAP = Pattern.compile("[、和及]|[、和及]?(?:近|约|超|逾)");

    private FigureRuns() {
    }

    /**
     * Where a figure stands in its clause.
     *
     * @param windowStart where its cues before it may begin (after the previous run, except across a change)
     * @param groupStart  start of its run
     * @param groupEnd    end of its run
     * @param unitStart   where the unit word of the run's last figure begins
     * @param windowEnd   where its cues after it must end (the next run, or the clause end)
     * @param baseline    the first figure of a change (从A下降到B: A)
     * @param result      the second figure of a change (B)
     * @param nextStart   where the clause's next run starts (-1 for the last): a verb right before it
     *                    (312个贫困村已累计出列289个) is that run's cue
     */
    record Place(RecognizedQuantity figure, int windowStart, int groupStart, int groupEnd, int unitStart,
                 int windowEnd, boolean baseline, boolean result, int nextStart) {
    }

    static List<Place> of(String text, Span clause, List<RecognizedQuantity> figures) {
        int n = figures.size();
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        for (int i = 0; i < n; i++) {
            runStart[i] = i > 0 && joined(text, figures.get(i - 1), figures.get(i)) ? runStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            runEnd[i] = i + 1 < n && joined(text, figures.get(i), figures.get(i + 1)) ? runEnd[i + 1] : i;
        }
        List<Place> places = new ArrayList<>(n);
        int[] windowStarts = new int[n];
        for (int i = 0; i < n; i++) {
            int groupStart = runStart[i];
            int groupEnd = runEnd[i];
            RecognizedQuantity first = figures.get(groupStart);
            RecognizedQuantity last = figures.get(groupEnd);
            RecognizedQuantity next = groupEnd + 1 < n ? figures.get(groupEnd + 1) : null;
            RecognizedQuantity previous = groupStart > 0 ? figures.get(groupStart - 1) : null;
            boolean baseline = next != null && next.unit().equals(first.unit())
                    && Changes.isLink(text.substring(last.end(), next.start()));
            boolean result = previous != null && previous.unit().equals(first.unit())
                    && Changes.isLink(text.substring(previous.end(), first.start()));
            windowStarts[i] = previous == null ? clause.start() : result ? windowStarts[groupStart - 1]
                    : afterListSeparator(text, previous.end(), first.start());
            int windowEnd = next == null ? clause.end() : baseline ? last.end() : next.start(); // 减少到 belongs to the result
            places.add(new Place(figures.get(i), windowStarts[i], first.start(), last.end(), last.numberEnd(),
                    windowEnd, baseline, result,
                    next == null ? -1 : next.start()));
        }
        return places;
    }

    /**
     * 10个行政村、51个自然村: after a list separator the previous item's noun is not this figure's cue;
     * the window starts after the separator.
     */
    private static int afterListSeparator(String text, int previousEnd, int start) {
        int gap = start - previousEnd;
        return gap > 1 && "、和及".indexOf(text.charAt(start - 1)) >= 0 ? start : previousEnd;
    }

    private static boolean joined(String text, RecognizedQuantity a, RecognizedQuantity b) {
        int gap = b.start() - a.end();
        return gap == 0 || (gap <= 2 && GROUP_GAP.matcher(text.substring(a.end(), b.start())).matches());
    }
}
