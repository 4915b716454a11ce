package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * A number with its unit as it stands in the text, normalised ({@code 3.8亿元} is 380000000 yuan).
 * {@code start}/{@code end} index the cleaned text. A range has {@code valueMax}; a figure stated as a
 * bound ({@code 不到2500元}, {@code 95%以上}) has {@code bound}: {@code lt}, {@code le}, {@code gt} or
 * {@code ge} (added in schemaVersion 1; absent otherwise).
 */
public record Quantity(
        String text,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal valueMax,
        String unit,
        boolean approx,
        int start,
        int end,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bound) {

    /** A quantity that is no bound. */
    public Quantity(String text, BigDecimal value, BigDecimal valueMax, String unit, boolean approx, int start, int end) {
        this(text, value, valueMax, unit, approx, start, end, null);
    }

    public Quantity withBound(String newBound) {
        return new Quantity(text, value, valueMax, unit, approx, start, end, newBound);
    }
}
