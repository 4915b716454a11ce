package io.tuopin.nlp.number;

import static io.tuopin.nlp.number.NumeralChars.isApproxInfix;
import static io.tuopin.nlp.number.NumeralChars.isArabicDigit;
import static io.tuopin.nlp.number.NumeralChars.isBigUnit;
import static io.tuopin.nlp.number.NumeralChars.isChineseDigit;
import static io.tuopin.nlp.number.NumeralChars.isPoint;
import static io.tuopin.nlp.number.NumeralChars.isSmallUnit;
import static io.tuopin.nlp.number.NumberScanner.skipSpaces;

import java.math.BigDecimal;

/**
 * One number without fraction or sign: Arabic digits, Chinese numerals, or both mixed
 * (3.8亿, 5万4千6百, 一千零五十, 两千三点一, 廿五), and Chinese digits read one by one (二〇一九, 一二三;
 * two without a zero are not: 三五, 七八).
 * Reads from a folded text (see {@link NumeralChars#fold}).
 *
 * @param value null when the characters read do not form a number (万 alone, 两两)
 */
record SimpleNumber(int end, BigDecimal value, boolean approx, boolean arabic) {

    /** Longer runs of numeral characters are read as several numbers: no figure is that long, and a hostile run stays linear. */
    static final int MAX_LENGTH = 64;

    static SimpleNumber parse(String s, int start) {
        return new Reader(s, start).read();
    }

    /** Reads token by token and keeps the running value as section arithmetic. */
    private static final class Reader {
        private final String s;
        private final int start;
        private int pos;
        private int end;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal section = BigDecimal.ZERO;
        private BigDecimal number;
        private BigDecimal maxBig = BigDecimal.ZERO;
        private BigDecimal lastUnit;
        private boolean numberIsSingleChinese;
        private boolean unitJustBefore;
        private boolean approx;
        private boolean arabic;
        private boolean any;
        private int chineseDigitRun;
        private boolean zeroInRun;
        private boolean invalid;

        Reader(String s, int start) {
            this.s = s;
            this.start = start;
            this.pos = start;
            this.end = start;
        }

        SimpleNumber read() {
            while (pos < s.length() && pos - start < MAX_LENGTH && step()) {
                end = pos;
                pos = any ? skipSpacesBeforeNumeral(pos) : pos;
            }
            if (!any) {
                return null;
            }
            BigDecimal value = invalid ? null : finish();
            return new SimpleNumber(end, value, approx, arabic);
        }

        private int skipSpacesBeforeNumeral(int p) {
            int q = skipSpaces(s, p);
            if (q == p || q >= s.length()) {
                return p;
            }
            char c = s.charAt(q);
            boolean continues = isChineseDigit(c) || isSmallUnit(c) || isBigUnit(c) || isPoint(c)
                    || isApproxInfix(c) || (isArabicDigit(c) && number == null);
            return continues ? q : p;
        }

        /** Consumes one token at pos; false when the number ends here. */
        private boolean step() {
            char c = s.charAt(pos);
            if (isArabicDigit(c) || (c == '.' && pos + 1 < s.length() && isArabicDigit(s.charAt(pos + 1)))) {
                return arabicToken();
            }
            if (isChineseDigit(c)) {
                return chineseDigit(c);
            }
            if (NumeralChars.tensDigit(c) > 0 && number == null) {
                return tens(NumeralChars.tensDigit(c));
            }
            if (isSmallUnit(c)) {
                return smallUnit(c);
            }
            if (isBigUnit(c)) {
                return bigUnit(c);
            }
            if (isApproxInfix(c) && any) {
                int next = skipSpaces(s, pos + 1);
                if (next < s.length() && isBigUnit(s.charAt(next))) {
                    approx = true;
                    pos++;
                    return true;
                }
                return false;
            }
            if (isPoint(c) && any) {
                return chineseDecimals();
            }
            return false;
        }

        private boolean arabicToken() {
            if (number != null) {
                return false;
            }
            ArabicNumber a = ArabicNumber.read(s, pos);
            invalid |= a.value() == null;
            number = a.value() == null ? BigDecimal.ZERO : a.value();
            numberIsSingleChinese = false;
            unitJustBefore = false;
            arabic = true;
            any = true;
            pos = a.end();
            return true;
        }

        private boolean chineseDigit(char c) {
            int d = NumeralChars.chineseDigit(c);
            if (number != null) {
                if (!numberIsSingleChinese && chineseDigitRun == 0) {
                    return false;
                }
                // a run of digits without units: 二〇一九
                number = number.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d));
                chineseDigitRun++;
                zeroInRun |= d == 0;
                invalid |= chineseDigitRun > ArabicNumber.MAX_DIGITS;
                zeroInRun |= d == 0;
                numberIsSingleChinese = false;
            } else if (d == 0) {
                unitJustBefore = false;
                if (!any) {
                    number = BigDecimal.ZERO;
                    numberIsSingleChinese = true;
                    chineseDigitRun = 1;
                    zeroInRun = true;
                }
            } else {
                number = BigDecimal.valueOf(d);
                numberIsSingleChinese = true;
                chineseDigitRun = 1;
            }
            any = true;
            pos++;
            return true;
        }

        /** 廿五 = 25, 卅 = 30: the digit and 十 in one character. */
        private boolean tens(int digit) {
            section = section.add(BigDecimal.valueOf(digit * 10L));
            lastUnit = BigDecimal.TEN;
            unitJustBefore = true;
            chineseDigitRun = 0;
            any = true;
            pos++;
            return true;
        }

        private boolean smallUnit(char c) {
            if (NumberScanner.isUnitPrefix(s, pos) || chineseDigitRun > 1) {
                return false;
            }
            BigDecimal unit = BigDecimal.valueOf(NumeralChars.smallUnit(c));
            BigDecimal n = number == null || number.signum() == 0 ? BigDecimal.ONE : number;
            section = section.add(n.multiply(unit));
            number = null;
            lastUnit = unit;
            unitJustBefore = true;
            chineseDigitRun = 0;
            any = true;
            pos++;
            return true;
        }

        private boolean bigUnit(char c) {
            if (!any || chineseDigitRun > 1 || NumberScanner.isUnitPrefix(s, pos)) {
                return false;
            }
            BigDecimal unit = NumeralChars.bigUnit(c);
            if (number != null) {
                section = section.add(number);
                number = null;
            }
            if (section.signum() == 0) {
                if (total.signum() == 0) {
                    return false;
                }
                total = total.multiply(unit);
            } else if (unit.compareTo(maxBig) > 0) {
                total = total.add(section).multiply(unit);
            } else {
                total = total.add(section.multiply(unit));
            }
            maxBig = maxBig.max(unit);
            section = BigDecimal.ZERO;
            lastUnit = unit;
            unitJustBefore = true;
            chineseDigitRun = 0;
            pos++;
            return true;
        }

        /** 点 followed by Chinese digits (两 is never a decimal digit: 一点两小时). */
        private boolean chineseDecimals() {
            int p = skipSpaces(s, pos + 1);
            StringBuilder digits = new StringBuilder();
            int last = pos;
            while (p < s.length() && isChineseDigit(s.charAt(p)) && "两兩倆俩".indexOf(s.charAt(p)) < 0) {
                digits.append(NumeralChars.chineseDigit(s.charAt(p)));
                last = p + 1;
                p = skipSpaces(s, p + 1);
            }
            if (digits.isEmpty()) {
                return false;
            }
            BigDecimal integer = finish();
            total = integer.add(new BigDecimal("0." + digits));
            section = BigDecimal.ZERO;
            number = null;
            unitJustBefore = false;
            chineseDigitRun = 0;
            pos = last;
            return true;
        }

        private BigDecimal finish() {
            if (chineseDigitRun == 2 && !zeroInRun) {
                return null; // 三五, 七八, 九九: a set phrase or an approximate range (ApproximateRange), never 35
            }
            BigDecimal n = number == null ? BigDecimal.ZERO : number;
            if (number != null && numberIsSingleChinese && unitJustBefore && lastUnit != null) {
                n = n.multiply(lastUnit).divide(BigDecimal.TEN);
            }
            return total.add(section).add(n);
        }
    }
}
