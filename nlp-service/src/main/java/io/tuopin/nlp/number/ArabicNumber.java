package io.tuopin.nlp.number;

import static io.tuopin.nlp.number.NumeralChars.isArabicDigit;

import java.math.BigDecimal;

/**
 * Arabic digits in a folded text: 1,050,000.5, .5, 2e5, 2^-1, 40k, 2.5 M.
 *
 * @param value null when the digits are no figure: more than {@link #MAX_DIGITS} of them (an id, a
 *              hash, a hostile run of a million digits that must not become one BigDecimal), or an
 *              exponent out of range
 */
record ArabicNumber(int end, BigDecimal value) {
    static final int MAX_DIGITS = 30;
    private static final int MAX_EXPONENT = 30;

    static ArabicNumber read(String s, int start) {
        int p = digits(s, start);
        while (isGroup(s, p)) {
            p += 4;
        }
        if (p + 1 < s.length() && s.charAt(p) == '.' && isArabicDigit(s.charAt(p + 1))) {
            p = digits(s, p + 1);
        }
        if (digitCount(s, start, p) > MAX_DIGITS) {
            return new ArabicNumber(p, null);
        }
        BigDecimal mantissa = new BigDecimal(withLeadingZero(s.substring(start, p).replace(",", "")));
        ArabicNumber withExponent = exponent(s, p, mantissa);
        if (withExponent != null) {
            return withExponent;
        }
        return suffix(s, p, mantissa);
    }

    /** .5 as 0.5 (what {@code replaceFirst("^\\.", "0.")} did, without compiling a regex per number). */
    static String withLeadingZero(String digits) {
        return digits.startsWith(".") ? "0" + digits : digits;
    }

    private static int digitCount(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += isArabicDigit(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static int digits(String s, int p) {
        while (p < s.length() && isArabicDigit(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /** ,ddd not followed by another digit: a thousands group. */
    private static boolean isGroup(String s, int p) {
        return p + 3 < s.length() && s.charAt(p) == ',' && isArabicDigit(s.charAt(p + 1))
                && isArabicDigit(s.charAt(p + 2)) && isArabicDigit(s.charAt(p + 3))
                && (p + 4 >= s.length() || !isArabicDigit(s.charAt(p + 4)));
    }

    private static ArabicNumber exponent(String s, int p, BigDecimal mantissa) {
        if (p >= s.length() || (s.charAt(p) != 'e' && s.charAt(p) != '^')) {
            return null;
        }
        boolean powerForm = s.charAt(p) == '^';
        int q = p + 1;
        int sign = 1;
        while (q < s.length() && (s.charAt(q) == '-' || s.charAt(q) == '+')) {
            sign = s.charAt(q) == '-' ? -sign : sign;
            q++;
        }
        int e = digits(s, q);
        if (e == q) {
            return null;
        }
        if (e - q > 2) {
            return new ArabicNumber(e, null);
        }
        int exp = sign * Integer.parseInt(s.substring(q, e));
        double power = Math.pow(mantissa.doubleValue(), exp);
        if (Math.abs(exp) > MAX_EXPONENT || powerForm && (Double.isInfinite(power) || Double.isNaN(power))) {
            return new ArabicNumber(e, null);
        }
        return new ArabicNumber(e, powerForm ? new BigDecimal(power) : mantissa.scaleByPowerOfTen(exp));
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** k = thousand, m (written apart: 2.5 M) = million, when not the start of a longer Latin word (km, kv, mw). */
    private static ArabicNumber suffix(String s, int p, BigDecimal mantissa) {
        int q = NumberScanner.skipSpaces(s, p);
        boolean thousand = q < s.length() && s.charAt(q) == 'k';
        boolean million = q > p && q < s.length() && s.charAt(q) == 'm';
        if ((thousand || million) && (q + 1 >= s.length() || !isLatinLetter(s.charAt(q + 1)))) {
            long factor = s.charAt(q) == 'k' ? 1_000L : 1_000_000L;
            return new ArabicNumber(q + 1, mantissa.multiply(BigDecimal.valueOf(factor)));
        }
        return new ArabicNumber(p, mantissa);
    }
}
