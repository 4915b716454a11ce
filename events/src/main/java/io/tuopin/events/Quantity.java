package io.tuopin.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * A number with its unit as it stands in the text, normalised ({@code 3.8亿元} is 380000000 yuan).
 * {@code start}/{@code end} index the cleaned text. A range has {@code valueMax}.
 */
public record Quantity(
        String text,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal valueMax,
        String unit,
        boolean approx,
        int start,
        int end) {
}
