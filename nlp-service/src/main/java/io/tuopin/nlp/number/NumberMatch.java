package io.tuopin.nlp.number;

import java.math.BigDecimal;

/**
 * A written number found in a text: [start, end) of the text, its value, and whether it already
 * says "some more" inside (十多万, 9400余万).
 *
 * @param arabic true when written with Arabic (or full-width) digits
 * @param max    the upper end when the number is itself an approximate range (三五百 is 300 to 500,
 *               七八十 70 to 80), else null
 */
public record NumberMatch(int start, int end, BigDecimal value, boolean approx, boolean arabic, BigDecimal max) {

    public NumberMatch(int start, int end, BigDecimal value, boolean approx, boolean arabic) {
        this(start, end, value, approx, arabic, null);
    }
}
