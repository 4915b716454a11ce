package io.tuopin.nlp.metric;

/**
 * Picks the indicator of a figure from the cues around it in its clause: a cue before the figure
 * (the nearest wins), one just after it (N个贫困村, N户完成整体搬迁), or one around it (退出4800个贫困村).
 * Highest catalogue priority first, then the nearest cue; an indicator is out when one of its
 * blockers stands before the figure in its clause, or between the figure and a cue after it.
 */
final class IndicatorMatcher {
    static final int AFTER_WINDOW = 20;
    private static final int FALLBACK_DISTANCE = AFTER_WINDOW * 4;
    /** A cue that ends this close before the next run of figures is that run's (…已累计出列289个). */
    private static final int NEXT_RUN_GAP = 1;
    private static final java.util.regex.Pattern SEPARATED = java.util.regex.Pattern.compile("[、和及与]");

    private final IndicatorCatalogue catalogue;

    IndicatorMatcher(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param cues        the cleaned text and where the catalogue's phrases occur in it
     * @param clauseStart where the figure's statement starts (blockers are read from here)
     * @param windowStart where cues before the figure may begin (after the previous figure)
     * @param groupStart  start of the figure (or of the run of figures it belongs to: 14109户40779人)
     * @param unitStart   where the unit word of the run's last figure begins (人口 of 451.2万人口 is a cue)
     * @param groupEnd    end of that run
     * @param windowEnd   where cues after the figure must end (the next figure, or the clause end)
     * @param nextStart   where the clause's next run of figures starts, -1 when none
     */
    IndicatorMatch match(CueIndex cues, String unit, int clauseStart, int windowStart, int groupStart, int unitStart,
                         int groupEnd, int windowEnd, int nextStart) {
        int after = Math.max(groupEnd, Math.min(windowEnd, groupEnd + AFTER_WINDOW));
        IndicatorMatch best = null;
        for (Indicator indicator : catalogue.accepting(unit)) {
            if (indicator.blockedIn(cues, clauseStart, groupStart)) {
                continue;
            }
            IndicatorMatch m = indicator.isFallback()
                    ? new IndicatorMatch(indicator, groupStart, groupEnd, FALLBACK_DISTANCE)
                    : nearestCue(cues, indicator, windowStart, groupStart, unitStart, groupEnd, after, nextStart);
            if (m != null && better(m, best)) {
                best = m;
            }
        }
        return best;
    }

    /** 认可度99.38%、综合贫困发生率0.91%: a cue after a list separator names the next item, not this one. */
    private static boolean listedBetween(String text, int from, int to) {
        return text.substring(from, Math.max(from, to)).indexOf('、') >= 0;
    }

    /** 未脱贫人口, 尚未退出, 没有脱贫: a negated cue says the opposite. */
    private static boolean negated(String text, int cueStart) {
        String before = text.substring(Math.max(0, cueStart - 2), cueStart);
        return before.endsWith("未") || before.endsWith("没") || before.endsWith("没有") || before.endsWith("不");
    }

    private static boolean better(IndicatorMatch m, IndicatorMatch best) {
        if (best == null) {
            return true;
        }
        int p = m.indicator().priority();
        int q = best.indicator().priority();
        return p > q || (p == q && m.distance() < best.distance());
    }

    private static IndicatorMatch nearestCue(CueIndex cues, Indicator indicator, int windowStart, int groupStart,
                                             int unitStart, int groupEnd, int after, int nextStart) {
        String text = cues.text();
        IndicatorMatch found = null;
        for (CuePhrases.Occurrence o : indicator.cues().find(cues, windowStart, after, indicator.ignore())) {
            if (negated(text, o.start())) {
                continue;
            }
            int distance;
            if (o.end() <= groupStart) {
                distance = groupStart - o.end();
            } else if (o.start() >= unitStart) {
                boolean ownNoun = !o.gapped() && o.start() <= groupEnd;
                boolean nextRuns = nextStart >= 0 && !ownNoun && o.end() >= nextStart - NEXT_RUN_GAP
                        && !SEPARATED.matcher(text.substring(groupEnd, nextStart)).find();
                if (nextRuns || indicator.blockedIn(cues, groupEnd, o.start()) || listedBetween(text, groupEnd, o.start())) {
                    continue;
                }
                distance = Math.max(0, o.start() - groupEnd);
            } else if (o.start() < groupStart && o.end() > groupEnd) {
                distance = 0; // 退出4800个贫困村: the phrase holds the figure
            } else {
                continue;
            }
            if (found == null || distance < found.distance()) {
                found = new IndicatorMatch(indicator, o.start(), o.end(), distance);
            }
        }
        return found;
    }
}
