package io.tuopin.metrics.service;

import java.math.BigDecimal;

/** The database pads numerics to their scale; responses show 40779, not 40779.0000000000. */
final class Decimals {
    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
