package io.tuopin.nlp.number;

import java.math.BigDecimal;

/**
 * What follows a money unit and belongs to the amount: 角/毛 (tenths) and 分 (hundredths) of a yuan
 * (壹拾壹元壹角壹分 is 11.11, 五元三毛 5.3, 三块五 3.5), cents of a dollar (两美元又三美分 is 2.03), and
 * the 整/正 that closes an amount on a cheque (叁仟元整). Only single digits are parts; 整 only where no
 * word continues (3000万元整合 is 整合, not 整).
 */
final class MoneyParts {
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /** The extra value (in the unit) and where the amount ends. */
    record Parts(BigDecimal extra, int end) {
    }

    private MoneyParts() {
    }

    static Parts after(NumberScanner scanner, String folded, String unitKey, int unitEnd) {
        BigDecimal extra = BigDecimal.ZERO;
        int end = unitEnd;
        if ("yuan".equals(unitKey)) {
            Part jiao = part(scanner, folded, end, "角毛", TENTH);
            if (jiao != null) {
                extra = extra.add(jiao.value());
                end = jiao.end();
            }
            Part fen = part(scanner, folded, end, "分", HUNDREDTH);
            if (fen != null) {
                extra = extra.add(fen.value());
                end = fen.end();
            } else if (end == unitEnd && isBlock(folded, unitEnd)) {
                Part spoken = part(scanner, folded, end, null, TENTH); // 三块五
                if (spoken != null) {
                    extra = extra.add(spoken.value());
                    end = spoken.end();
                }
            }
        } else if ("usd".equals(unitKey)) {
            int p = end < folded.length() && "又零".indexOf(folded.charAt(end)) >= 0 ? end + 1 : end;
            Part cents = part(scanner, folded, p, null, HUNDREDTH);
            if (cents != null && folded.startsWith("美分", cents.end())) {
                extra = extra.add(cents.value());
                end = cents.end() + 2;
            }
        }
        if (end < folded.length() && "整正".indexOf(folded.charAt(end)) >= 0
                && (end + 1 >= folded.length() || !Character.isIdeographic(folded.charAt(end + 1)))) {
            end++;
        }
        return new Parts(extra, end);
    }

    private record Part(BigDecimal value, int end) {
    }

    /** A single digit at p followed by one of the part words (or by no numeral or unit when words is null). */
    private static Part part(NumberScanner scanner, String folded, int p, String words, BigDecimal scale) {
        if (p >= folded.length()) {
            return null;
        }
        char c = folded.charAt(p);
        if (!NumeralChars.isArabicDigit(c) && !NumeralChars.isChineseDigit(c)) {
            return null;
        }
        NumberMatch n = scanner.matchAt(folded, p);
        if (n == null || n.value() == null || n.max() != null || n.end() != p + 1 || n.value().signum() == 0 && words == null) {
            return null;
        }
        boolean named = words != null && n.end() < folded.length() && words.indexOf(folded.charAt(n.end())) >= 0;
        boolean alone = words == null && (n.end() >= folded.length() || Units.at(folded, n.end()) == null
                && !NumeralChars.isMultiplier(folded.charAt(n.end())) && folded.charAt(n.end()) != '.');
        if (!named && !alone) {
            return null;
        }
        return new Part(n.value().multiply(scale), named ? n.end() + 1 : n.end());
    }

    private static boolean isBlock(String folded, int unitEnd) {
        return unitEnd > 0 && (folded.charAt(unitEnd - 1) == '块' || folded.charAt(unitEnd - 1) == '塊');
    }
}
