package io.tuopin.nlp.number;

import java.math.BigDecimal;

/**
 * A number with its unit: [start, end) of the text from the number to the unit, the value
 * normalised to the unit key ({@code 3.8亿元} is 380000000 yuan, {@code 2公顷} is 30 mu).
 *
 * @param valueMax     upper end of a range (3-10万元), else null
 * @param approx       qualified by 多/余/近/约/以上/左右...
 * @param numberEnd    end of the number itself (where the unit word begins)
 * @param bound        lt, le, gt or ge when the text states the figure as a bound (不到2500元, 95%以上), else null
 */
public record RecognizedQuantity(
        String text, int start, int end, BigDecimal value, BigDecimal valueMax, String unit, boolean approx,
        int numberEnd, String bound) {

    public boolean isPercent() {
        return Unit.PERCENT.equals(unit) || Unit.PERCENTAGE_POINT.equals(unit);
    }
}
