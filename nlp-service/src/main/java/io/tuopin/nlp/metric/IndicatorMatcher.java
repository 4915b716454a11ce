package io.tuopin.nlp.metric;

import java.util.regex.Matcher;

/**
 * Picks the indicator of a figure from the cues around it in its clause: a cue before the figure
 * (nearest wins) or just after it (N个贫困村, N名建档立卡贫困人口). Highest catalogue priority first,
 * then the nearest cue; an indicator is out when one of its blockers stands before the figure.
 */
final class IndicatorMatcher {
    static final int AFTER_WINDOW = 20;

    private final IndicatorCatalogue catalogue;

    IndicatorMatcher(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param text        the cleaned text
     * @param clauseStart start of the figure's clause (blockers are read from here)
     * @param windowStart where cues before the figure may begin (after the previous figure)
     * @param groupStart  start of the figure (or of the run of figures it belongs to: 14109户40779人)
     * @param groupEnd    end of that run
     * @param windowEnd   where cues after the figure must end (the next figure, or the clause end)
     */
    IndicatorMatch match(String text, String unit, int clauseStart, int windowStart, int groupStart, int groupEnd,
                         int windowEnd) {
        String prefix = text.substring(clauseStart, groupStart);
        String before = text.substring(windowStart, groupStart);
        String after = text.substring(groupEnd, Math.max(groupEnd, Math.min(windowEnd, groupEnd + AFTER_WINDOW)));
        IndicatorMatch best = null;
        for (Indicator indicator : catalogue.indicators()) {
            if (!indicator.accepts(unit) || (indicator.blockers() != null && indicator.blockers().matcher(prefix).find())) {
                continue;
            }
            IndicatorMatch m = indicator.isFallback()
                    ? new IndicatorMatch(indicator, groupStart, groupEnd, AFTER_WINDOW * 4)
                    : nearestCue(indicator, before, after, windowStart, groupEnd);
            if (m != null && better(m, best)) {
                best = m;
            }
        }
        return best;
    }

    private static boolean better(IndicatorMatch m, IndicatorMatch best) {
        if (best == null) {
            return true;
        }
        int p = m.indicator().priority();
        int q = best.indicator().priority();
        return p > q || (p == q && m.distance() < best.distance());
    }

    private static IndicatorMatch nearestCue(Indicator indicator, String before, String after, int beforeOffset,
                                             int afterOffset) {
        IndicatorMatch found = null;
        Matcher m = indicator.cues().matcher(before);
        while (m.find()) {
            found = new IndicatorMatch(indicator, beforeOffset + m.start(), beforeOffset + m.end(),
                    before.length() - m.end());
        }
        Matcher a = indicator.cues().matcher(after);
        if (a.find()) {
            boolean blockedBetween = indicator.blockers() != null
                    && indicator.blockers().matcher(after.substring(0, a.start())).find();
            if (!blockedBetween && (found == null || a.start() < found.distance())) {
                found = new IndicatorMatch(indicator, afterOffset + a.start(), afterOffset + a.end(), a.start());
            }
        }
        return found;
    }
}
