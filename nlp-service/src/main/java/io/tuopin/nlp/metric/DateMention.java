package io.tuopin.nlp.metric;

/**
 * A date written in the text, resolved.
 *
 * @param cutoff true for 截至/截止/至 … (a cumulative cut-off that governs the rest of the paragraph)
 * @param since  true for 自…以来 / …以来 / 自…后 (the start of a cumulative figure)
 * @param from   true for 由/从 DATE 的 …: the date belongs to the first figure of a change statement
 */
record DateMention(int start, int end, String value, String rangeStart, boolean cutoff, boolean since, boolean from) {
}
