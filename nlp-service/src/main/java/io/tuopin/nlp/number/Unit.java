package io.tuopin.nlp.number;

import java.math.BigDecimal;

/**
 * A unit word as written and what it normalises to: {@code 公顷} is {@code mu} times 15.
 *
 * @param key    the project's unit key (SCHEMA.md): household, person, yuan, mu, mw...; other
 *               currencies and measures keep their own key (usd, hkd, kg, m2...)
 * @param factor multiplier from the written unit to the key's unit
 */
public record Unit(String surface, String key, BigDecimal factor) {
    public static final String PERCENT = "percent";
    public static final String PERCENTAGE_POINT = "percentage_point";
}
