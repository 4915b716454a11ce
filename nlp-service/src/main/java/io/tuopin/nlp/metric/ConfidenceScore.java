package io.tuopin.nlp.metric;

/**
 * How directly the text states an observation: a cue right at the figure is surest, a cue further
 * away less so; a cue shared by a run of figures, a cue carried from an earlier clause and a region
 * taken from the context (not named in the sentence) each lower it a little.
 */
final class ConfidenceScore {
    /** A figure no catalogue row names ({@code other}), or a last-resort row. */
    static final double UNNAMED = 0.4;
    static final double CUE_ADJACENT = 0.9;
    static final double CUE_NEAR = 0.85;
    static final double CUE_IN_CLAUSE = 0.75;
    static final double CUE_FAR = 0.6;
    /** A second indicator said of the same figure (120个行政村都是贫困村). */
    static final double SAME_AS = 0.6;
    static final double SHARED_CUE_PENALTY = 0.05;
    static final double CARRIED_CUE_PENALTY = 0.1;
    static final double INFERRED_REGION_PENALTY = 0.05;
    private static final int NEAR = 4;
    private static final int IN_CLAUSE = 10;

    private ConfidenceScore() {
    }

    static double of(IndicatorMatch match, boolean sharedCue, boolean carried, boolean regionInferred) {
        if (match == null || match.indicator().isFallback()) {
            return UNNAMED;
        }
        int d = match.distance();
        double c = d == 0 ? CUE_ADJACENT : d <= NEAR ? CUE_NEAR : d <= IN_CLAUSE ? CUE_IN_CLAUSE : CUE_FAR;
        if (sharedCue) {
            c -= SHARED_CUE_PENALTY;
        }
        if (carried) {
            c -= CARRIED_CUE_PENALTY;
        }
        return regionInferred ? c - INFERRED_REGION_PENALTY : c;
    }
}
