package io.tuopin.nlp.metric;

import java.util.List;

/**
 * One indicator of the catalogue, with its phrases ready to match.
 *
 * @param cues     phrases in the figure's clause that say the figure is this indicator
 * @param ignore   phrases inside which a cue or blocker does not count
 * @param blockers phrases in the clause before the figure that rule this indicator out
 * @param fallback true for the last-resort rows that take any figure in their units
 */
public record Indicator(String key, String kind, int priority, List<String> units, boolean graded, CuePhrases cues,
                        CuePhrases ignore, CuePhrases blockers, boolean fallback) {

    public boolean isFallback() {
        return fallback;
    }

    /** Whether a blocker stands in [from, to). */
    boolean blockedIn(CueIndex text, int from, int to) {
        return !blockers.isEmpty() && from < to && blockers.occursIn(text, from, to, ignore);
    }
}
