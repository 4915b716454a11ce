package io.tuopin.nlp.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 3/5, 16/5 and the mixed form 1 3/5, in a folded text; never part of a date such as 2020/10/15. */
final class ArabicFractions {
    private static final Pattern FRACTION = Pattern.compile("(?:(\\d+) +)?(\\d+)/(\\d+)(?![\\d/.])");

    private ArabicFractions() {
    }

    static NumberMatch match(String s, int pos, int start) {
        if (pos >= s.length() || !Character.isDigit(s.charAt(pos)) || (pos > 0 && s.charAt(pos - 1) == '/')) {
            return null;
        }
        Matcher m = FRACTION.matcher(s).region(pos, s.length());
        if (!m.lookingAt() || m.end() - pos > 2 * ArabicNumber.MAX_DIGITS) {
            return null;
        }
        BigDecimal denominator = new BigDecimal(m.group(3));
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(2)).divide(denominator, new MathContext(15));
        if (m.group(1) != null) {
            value = value.add(new BigDecimal(m.group(1)));
        }
        return new NumberMatch(start, m.end(), value, false, true);
    }
}
