package io.tuopin.nlp.metric;

/**
 * The indicator chosen for a figure and where its cue stands in the cleaned text.
 *
 * @param distance characters between cue and figure (0 = adjacent)
 */
record IndicatorMatch(Indicator indicator, int cueStart, int cueEnd, int distance) {
}
