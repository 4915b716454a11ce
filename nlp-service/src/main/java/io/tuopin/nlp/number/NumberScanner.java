package io.tuopin.nlp.number;

import static io.tuopin.nlp.number.NumeralChars.isApproxInfix;
import static io.tuopin.nlp.number.NumeralChars.isArabicDigit;
import static io.tuopin.nlp.number.NumeralChars.isBigUnit;
import static io.tuopin.nlp.number.NumeralChars.isChineseDigit;
import static io.tuopin.nlp.number.NumeralChars.isMinus;
import static io.tuopin.nlp.number.NumeralChars.isSmallUnit;
import static io.tuopin.nlp.number.NumeralChars.isSpace;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every written number in a text: Arabic and full-width digits with thousands separators,
 * decimals, exponents and k/M suffixes; Chinese numerals (simplified, traditional, financial) with
 * 十/百/千/万/亿/兆, 点 decimals and the spoken abbreviation 两千六 = 2600; fractions (三分之一,
 * 3又1/2, 16/5); negatives. Stateless and thread-safe.
 */
public final class NumberScanner {
    private static final MathContext FRACTION = new MathContext(15);
    /** Words that begin with a numeral character but are not numbers. */
    private static final Set<String> NOT_NUMBERS = Set.of(
            "一切", "一看", "一些", "一起", "一直", "一定", "一般", "一致", "一旦", "一律", "一向", "一度",
            "一再", "一同", "一道", "一体", "一心", "一线", "一流", "一样", "一贯", "一带", "一举", "一边",
            "一手", "一把手", "壹切", "百分", "佰分", "四川", "万一", "千万", "一齐", "一味", "一概", "一番", "一方面");
    /** Financial numerals that, standing alone, are ordinary words (陆地, 收拾, 入伍, 放肆). */
    private static final String AMBIGUOUS_ALONE = "陆陸肆拾伍";
    /** After 千/百, these begin a unit word (千瓦, 千米, 千克, 千伏), so 千 is a prefix, not a numeral. */
    private static final String UNIT_AFTER_PREFIX = "瓦米克伏卡字兆赫焦帕";

    public List<NumberMatch> scan(String text) {
        return scan(text, NumeralChars.fold(text));
    }

    /** {@link #scan(String)} of a text already folded by {@link NumeralChars#fold}. */
    List<NumberMatch> scan(String text, String folded) {
        List<NumberMatch> found = new ArrayList<>();
        int i = 0;
        int previousEnd = -1;
        while (i < text.length()) {
            // a dash right after a number joins a range (1万-5万, 5k-20k): it is no minus sign
            if (!MAY_START[folded.charAt(i)]) {
                i++;
                continue;
            }
            boolean rangeDash = i == previousEnd && isMinus(folded.charAt(i)) && folded.charAt(i) != '负' && folded.charAt(i) != '負';
            NumberMatch match = !rangeDash && startsNumber(folded, i) ? matchAt(folded, i) : null;
            if (match == null) {
                i++;
                continue;
            }
            if (match.value() != null && !isWord(text, match)) {
                found.add(match);
                previousEnd = match.end();
            }
            i = Math.max(match.end(), i + 1);
        }
        return found;
    }

    /** The characters {@link #startsNumber} can accept, as a table: most characters of a text start no number. */
    private static final boolean[] MAY_START = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            MAY_START[c] = isMinus((char) c) || isNumeralChar((char) c) || c == '.' || c == '半';
        }
    }

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        if (isMinus(c)) {
            boolean afterNumber = i > 0 && (isNumeralChar(s.charAt(i - 1)) || isMinus(s.charAt(i - 1)));
            return !afterNumber && i + 1 < s.length() && (isNumeralChar(s.charAt(i + 1)) || s.charAt(i + 1) == '.');
        }
        boolean insideDecimal = i > 1 && s.charAt(i - 1) == '.' && isArabicDigit(s.charAt(i - 2));
        if (i > 0 && (isArabicDigit(s.charAt(i - 1)) || insideDecimal) && isArabicDigit(c)) {
            return false;
        }
        boolean leadingPoint = c == '.' && i + 1 < s.length() && isArabicDigit(s.charAt(i + 1))
                && (i == 0 || s.charAt(i - 1) != '.');
        return isNumeralChar(c) || leadingPoint
                || s.startsWith("半百", i);
    }

    private static boolean isNumeralChar(char c) {
        return isArabicDigit(c) || isChineseDigit(c) || isSmallUnit(c) || NumeralChars.tensDigit(c) > 0;
    }

    /** The longest number starting at {@code start} of the folded text; value null for a rejected run. */
    NumberMatch matchAt(String s, int start) {
        if (s.startsWith("半百", start)) {
            return new NumberMatch(start, start + 2, BigDecimal.valueOf(50), false, false);
        }
        int pos = start;
        boolean negative = false;
        if (isMinus(s.charAt(pos))) {
            negative = true;
            pos++;
        }
        NumberMatch fraction = ArabicFractions.match(s, pos, start);
        if (fraction != null) {
            return negative ? negate(fraction, start) : fraction;
        }
        NumberMatch range = negative ? null : ApproximateRange.match(s, pos);
        if (range != null) {
            return range;
        }
        SimpleNumber whole = SimpleNumber.parse(s, pos);
        if (whole == null) {
            return new NumberMatch(start, pos + 1, null, false, false);
        }
        NumberMatch result = withFraction(s, start, whole);
        if (result == null) {
            result = new NumberMatch(start, whole.end(), whole.value(), whole.approx(), whole.arabic());
            result = withBigUnitAfterCounter(s, withDozen(s, result, whole));
        }
        if (whole.value() == null) {
            return new NumberMatch(start, whole.end(), null, false, false);
        }
        return negative ? negate(result, start) : result;
    }

    private static NumberMatch negate(NumberMatch m, int start) {
        BigDecimal value = m.value() == null ? null : m.value().negate();
        return new NumberMatch(start, m.end(), value, m.approx(), m.arabic());
    }

    /** 三分之一, 一百万又五十万分之二十五, 负3分之负一百五十七. */
    private static NumberMatch withFraction(String s, int start, SimpleNumber whole) {
        if (whole.value() == null) {
            return null;
        }
        int afterWhole = skipSpaces(s, whole.end());
        if (afterWhole < s.length() && s.charAt(afterWhole) == '又') {
            int denStart = skipSpaces(s, afterWhole + 1);
            SimpleNumber denominator = denStart < s.length() ? SimpleNumber.parse(s, denStart) : null;
            NumberMatch part = denominator == null ? null : fractionAfter(s, denStart, denominator);
            if (part != null) {
                return new NumberMatch(start, part.end(), whole.value().add(part.value()), false, whole.arabic());
            }
            return null;
        }
        return fractionAfter(s, start, whole);
    }

    private static NumberMatch fractionAfter(String s, int start, SimpleNumber denominator) {
        int p = skipSpaces(s, denominator.end());
        if (!s.startsWith("分", p) || denominator.value() == null || denominator.value().signum() == 0) {
            return null;
        }
        p = skipSpaces(s, p + 1);
        if (!s.startsWith("之", p)) {
            return null;
        }
        p = skipSpaces(s, p + 1);
        boolean negative = p < s.length() && isMinus(s.charAt(p));
        SimpleNumber numerator = p < s.length() ? SimpleNumber.parse(s, negative ? p + 1 : p) : null;
        if (numerator == null || numerator.value() == null) {
            return null;
        }
        BigDecimal value = numerator.value().divide(denominator.value(), FRACTION);
        return new NumberMatch(start, numerator.end(), negative ? value.negate() : value, false, denominator.arabic());
    }

    /** 一打 = 12, written only with Chinese numerals. */
    private static NumberMatch withDozen(String s, NumberMatch m, SimpleNumber whole) {
        if (!whole.arabic() && m.end() < s.length() && s.charAt(m.end()) == '打' && m.value() != null) {
            return new NumberMatch(m.start(), m.end() + 1, m.value().multiply(BigDecimal.valueOf(12)), m.approx(), false);
        }
        return m;
    }

    /** 两个亿, 三个多亿, 一个亿: 个 between a number and 万/亿 is spoken style for 两亿, not a count of two. */
    private static NumberMatch withBigUnitAfterCounter(String s, NumberMatch m) {
        int p = m.end();
        if (m.value() == null || p + 1 >= s.length() || s.charAt(p) != '个' && s.charAt(p) != '個') {
            return m;
        }
        boolean more = isApproxInfix(s.charAt(p + 1)) && p + 2 < s.length() && isBigUnit(s.charAt(p + 2));
        int unitAt = more ? p + 2 : p + 1;
        if (!isBigUnit(s.charAt(unitAt)) || isBigUnit(s.charAt(m.end() - 1))) {
            return m;
        }
        BigDecimal value = m.value().multiply(NumeralChars.bigUnit(s.charAt(unitAt)));
        return new NumberMatch(m.start(), unitAt + 1, value, m.approx() || more, m.arabic());
    }

    static int skipSpaces(String s, int p) {
        while (p < s.length() && isSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isWord(String text, NumberMatch m) {
        int length = m.end() - m.start();
        if (length == 1 && AMBIGUOUS_ALONE.indexOf(text.charAt(m.start())) >= 0) {
            return true;
        }
        if (length > 2) {
            return false; // a word holds at most two characters of a number
        }
        for (String word : NOT_NUMBERS) {
            int at = m.start() - word.indexOf(text.charAt(m.start()));
            if (at >= 0 && text.startsWith(word, at) && at + word.length() >= m.end()
                    && !(word.equals("千万") && m.start() > 0 && isChineseDigit(text.charAt(m.start() - 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnitPrefix(String s, int unitPos) {
        return unitPos + 1 < s.length() && (s.charAt(unitPos) == '千' || s.charAt(unitPos) == '兆')
                && UNIT_AFTER_PREFIX.indexOf(s.charAt(unitPos + 1)) >= 0;
    }
}
