package io.tuopin.nlp.number;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * 3/5, 16/5 and the mixed form 1 3/5, in a folded text; never part of a date such as 2020/10/15.
 * Read by a loop, not by the regex {@code (?:(\d+) +)?(\d+)/(\d+)(?![\d/.])} it replaced: the mixed
 * form first, then the plain one, ASCII digits only, as that regex at the position matched.
 */
final class ArabicFractions {
    private ArabicFractions() {
    }

    /** The parts of a fraction as offsets; {@code wholeEnd} is -1 without a whole part. */
    record Parts(int wholeStart, int wholeEnd, int numeratorStart, int slash, int end) {
    }

    static NumberMatch match(String s, int pos, int start) {
        if (pos >= s.length() || !Character.isDigit(s.charAt(pos)) || (pos > 0 && s.charAt(pos - 1) == '/')) {
            return null;
        }
        Parts parts = parts(s, pos);
        if (parts == null || parts.end() - pos > 2 * ArabicNumber.MAX_DIGITS) {
            return null;
        }
        BigDecimal denominator = new BigDecimal(s.substring(parts.slash() + 1, parts.end()));
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal value = new BigDecimal(s.substring(parts.numeratorStart(), parts.slash())).divide(denominator, new MathContext(15));
        if (parts.wholeEnd() >= 0) {
            value = value.add(new BigDecimal(s.substring(parts.wholeStart(), parts.wholeEnd())));
        }
        return new NumberMatch(start, parts.end(), value, false, true);
    }

    /** The fraction at {@code pos}: a whole part, spaces and a fraction; or else a fraction alone; or null. */
    static Parts parts(String s, int pos) {
        int wholeEnd = digits(s, pos);
        int spacesEnd = wholeEnd;
        while (spacesEnd < s.length() && s.charAt(spacesEnd) == ' ') {
            spacesEnd++;
        }
        if (wholeEnd > pos && spacesEnd > wholeEnd) {
            Parts mixed = fraction(s, spacesEnd, pos, wholeEnd);
            if (mixed != null) {
                return mixed;
            }
        }
        return fraction(s, pos, pos, -1);
    }

    /** Digits, a slash, digits, and then no digit, slash or point. */
    private static Parts fraction(String s, int at, int wholeStart, int wholeEnd) {
        int slash = digits(s, at);
        if (slash == at || slash >= s.length() || s.charAt(slash) != '/') {
            return null;
        }
        int end = digits(s, slash + 1);
        if (end == slash + 1 || end < s.length() && "0123456789/.".indexOf(s.charAt(end)) >= 0) {
            return null;
        }
        return new Parts(wholeStart, wholeEnd, at, slash, end);
    }

    private static int digits(String s, int at) {
        while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
            at++;
        }
        return at;
    }
}
