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
     * @param text       the cleaned text
     * @param clauseStart start of the figure's clause
     * @param groupStart start of the figure (or of the run of figures it belongs to: 14109户40779人)
     * @param groupEnd   end of that run
     * @param clauseEnd  end of the clause
     */
    IndicatorMatch match(String text, String unit, int clauseStart, int groupStart, int groupEnd, int clauseEnd) {
        String before = text.substring(clauseStart, groupStart);
        int afterEnd = Math.min(clauseEnd, groupEnd + AFTER_WINDOW);
        String after = text.substring(groupEnd, Math.max(groupEnd, afterEnd));
        IndicatorMatch best = null;
        for (Indicator indicator : catalogue.indicators()) {
            if (!indicator.accepts(unit) || (indicator.blockers() != null && indicator.blockers().matcher(before).find())) {
                continue;
            }
            IndicatorMatch m = indicator.isFallback()
                    ? new IndicatorMatch(indicator, groupStart, groupEnd, AFTER_WINDOW * 4)
                    : nearestCue(indicator, before, after, clauseStart, groupEnd);
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
        if (a.find() && (found == null || a.start() < found.distance())) {
            found = new IndicatorMatch(indicator, afterOffset + a.start(), afterOffset + a.end(), a.start());
        }
        return found;
    }
}
