package io.tuopin.gateway.service;

/**
 * The GB/T 2260 hierarchy read from the codes themselves: a province is 2 digits + 0000, a
 * prefecture 4 digits + 00, a county 6 digits, a 9-digit township starts with its county's code
 * and a 12-digit village with its township's. So a region contains every region whose code starts
 * with its significant prefix.
 */
public final class RegionHierarchy {
    private RegionHierarchy() {
    }

    /** The digits that every sub-region's code shares: 14 for 140000, 1410 for 141000, 141034 for 141034. */
    public static String significantPrefix(String code) {
        if (code.length() == 6 && code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    /** Whether {@code regionCode} is {@code ancestorCode} or lies below it; false for a missing code. */
    public static boolean contains(String ancestorCode, String regionCode) {
        return regionCode != null && regionCode.startsWith(significantPrefix(ancestorCode));
    }
}
