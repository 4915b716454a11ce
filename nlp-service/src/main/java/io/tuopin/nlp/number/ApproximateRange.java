package io.tuopin.nlp.number;

import java.math.BigDecimal;

/**
 * Two neighbouring Chinese digits as an approximate range: 三四个 (3 to 4), 七八十 (70 to 80), 三五百 (300
 * to 500), 四五千 (4000 to 5000), 两三万, 一两个; after 十 the ones (十五六 is 15 to 16, 二十五六万 250000
 * to 260000). The second digit is the next one (三五 too, a set phrase); a third digit makes a number
 * read digit by digit instead (一二三 is 123).
 */
final class ApproximateRange {
    private static final String MULTIPLIERS = "十拾百佰千仟万萬亿億";
    private static final String BIG = "万萬亿億";
    /** Measure words that count what a bare pair of digits numbers: 十五六岁, 三四天, 七八斤 (not 月 or 年:
     * 七八月 and 八九年 name months and years). */
    private static final String COUNTED = "岁歲天周次倍斤里块塊元角毛分位名";

    private ApproximateRange() {
    }

    /** The range starting at {@code start} of the folded text, or null. */
    static NumberMatch match(String s, int start) {
        int tens = 0;
        int p = start;
        if (p < s.length() && isTen(s.charAt(p))) { // 十五六
            tens = 10;
            p++;
        } else if (p + 1 < s.length() && digit(s.charAt(p)) > 0 && isTen(s.charAt(p + 1))
                && p + 3 < s.length() && digit(s.charAt(p + 2)) > 0) { // 二十五六
            tens = 10 * digit(s.charAt(p));
            p += 2;
        }
        if (p + 1 >= s.length()) {
            return null;
        }
        int low = digit(s.charAt(p));
        int high = digit(s.charAt(p + 1));
        boolean setPhrase = tens == 0 && (low == 3 && high == 5 || low == 1 && s.charAt(p + 1) == '两'); // 三五百, 一两个
        boolean pair = low > 0 && (high == low + 1 || setPhrase);
        if (!pair || p + 2 < s.length() && digit(s.charAt(p + 2)) >= 0 || isPlanName(s, start, p + 2)) {
            return null;
        }
        int end = p + 2;
        while (end < s.length() && (tens == 0 ? MULTIPLIERS : BIG).indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        boolean counted = end > p + 2 || end < s.length() && (Units.at(s, end) != null || COUNTED.indexOf(s.charAt(end)) >= 0);
        if (!counted) {
            return null; // 乱七八糟, 三五成群: no multiplier, no measure word, no range
        }
        BigDecimal multiplier = end == p + 2 ? BigDecimal.ONE : SimpleNumber.parse("一" + s.substring(p + 2, end), 0).value();
        if (multiplier == null) {
            return null;
        }
        BigDecimal from = BigDecimal.valueOf(tens + low).multiply(multiplier);
        BigDecimal to = BigDecimal.valueOf(tens + high).multiply(multiplier);
        return new NumberMatch(start, end, from, true, false, to);
    }

    /** 十四五 (规划, 期间 ...) is the 14th five-year plan, a range only of ages and counts (十四五岁, 十四五个). */
    private static boolean isPlanName(String s, int start, int end) {
        return s.startsWith("十四五", start) && end == start + 3
                && (end >= s.length() || "岁歲个個人名位".indexOf(s.charAt(end)) < 0);
    }

    /** The value of a Chinese digit (两 included, 〇 and 零 as 0), -1 for any other character. */
    private static int digit(char c) {
        return NumeralChars.isChineseDigit(c) ? NumeralChars.chineseDigit(c) : -1;
    }

    private static boolean isTen(char c) {
        return c == '十' || c == '拾';
    }
}
