package io.tuopin.nlp.number;

import java.math.BigDecimal;

/**
 * A written number found in a text: [start, end) of the text, its value, and whether it already
 * says "some more" inside (十多万, 9400余万).
 *
 * @param arabic true when written with Arabic (or full-width) digits
 */
public record NumberMatch(int start, int end, BigDecimal value, boolean approx, boolean arabic) {
}
