package io.tuopin.nlp.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Percentages written before the number (百分之五, 千分之二) and as discounts (九折, 七五折, 对折). */
final class PercentForms {
    /** 百分之, 千分之, 万分之 and the finer 百万分之, 千万分之, 万万分之: the per-what before 分之. */
    private static final Pattern PERCENT_PREFIX = Pattern.compile("(?=[百佰千仟万萬亿億])([百佰千仟万萬亿億]{1,4}) *分 *之 *");
    private static final int PREFIX_REACH = 8;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final Pattern DISCOUNT = Pattern.compile(
            "(?=[0-9一二三四五六七八九两兩陆陸对對半])(?:((?:[0-9一二三四五六七八九两兩陆陸] *){1,2}(?:[.点點] *[0-9一二三四五六七八九] *)?)|(?<=打)[对對]|半)折(?![合算旧舊价價扣])");

    private PercentForms() {
    }

    /** 百分之X, 千分之X, 万分之X, 百万分之X ..., searched around each 分; 百分之二三十 is 20 to 30 %. */
    static List<RecognizedQuantity> prefixed(NumberScanner scanner, String text, String folded) {
        List<RecognizedQuantity> out = new ArrayList<>();
        Matcher m = PERCENT_PREFIX.matcher(folded);
        for (int at = folded.indexOf('分'); at >= 0; at = folded.indexOf('分', at + 1)) {
            m.region(Math.max(0, at - PREFIX_REACH), Math.min(folded.length(), at + 6));
            if (!m.find() || m.start() > at) {
                continue;
            }
            boolean afterNumeral = m.start() > 0 && isNumeralBefore(folded, m.start());
            NumberMatch n = m.end() < folded.length() ? scanner.matchAt(folded, m.end()) : null;
            BigDecimal per = perWhat(m.group(1));
            if (afterNumeral || per == null || n == null || n.value() == null || n.start() != m.end()) {
                continue;
            }
            BigDecimal max = n.max() == null ? null : n.max().multiply(HUNDRED).divide(per, PRECISION);
            out.add(QuantityRecognizer.quantity(text, m.start(), n.end(), n.value().multiply(HUNDRED).divide(per, PRECISION),
                    max, Unit.PERCENT, n.approx(), n.end()));
        }
        return out;
    }

    /** 百 = 100, 千 = 1000, 百万 = 1e6, 万万 = 1e8, 百万万 = 1e10; null when the characters make no number. */
    private static BigDecimal perWhat(String multipliers) {
        SimpleNumber one = SimpleNumber.parse("一" + multipliers, 0);
        return one == null || one.value() == null || one.end() != multipliers.length() + 1 ? null : one.value();
    }

    /** 半成 = 5 % (not 半成品). */
    static List<RecognizedQuantity> halfTenth(String text, String folded) {
        List<RecognizedQuantity> out = new ArrayList<>();
        for (int at = folded.indexOf("半成"); at >= 0; at = folded.indexOf("半成", at + 2)) {
            boolean word = at + 2 < folded.length() && QuantityRecognizer.CHENG_NOT_PERCENT.indexOf(folded.charAt(at + 2)) >= 0;
            if (!word && (at == 0 || !isNumeralBefore(folded, at))) {
                out.add(QuantityRecognizer.quantity(text, at, at + 2, BigDecimal.valueOf(5), null, Unit.PERCENT, false, at + 1));
            }
        }
        return out;
    }

    /** 九折 = 90 %, 75折 = 75 %, 三点一折 = 31 %, 对折 = 50 %; not 折合 or 折算. */
    static List<RecognizedQuantity> discounts(String text, String folded) {
        List<RecognizedQuantity> out = new ArrayList<>();
        if (folded.indexOf('折') < 0) {
            return out;
        }
        Matcher m = DISCOUNT.matcher(folded);
        while (m.find()) {
            if (m.start() > 0 && isNumeralBefore(folded, m.start())) {
                continue;
            }
            BigDecimal value = m.group(1) == null ? BigDecimal.valueOf(50) : discountValue(m.group(1));
            out.add(QuantityRecognizer.quantity(text, m.start(), m.end(), value, null, Unit.PERCENT, false, m.end() - 1));
        }
        return out;
    }

    private static BigDecimal discountValue(String written) {
        StringBuilder digits = new StringBuilder();
        for (char c : written.toCharArray()) {
            if (NumeralChars.isArabicDigit(c)) {
                digits.append(c);
            } else if (NumeralChars.isChineseDigit(c)) {
                digits.append(NumeralChars.chineseDigit(c));
            } else if (c == '.' || NumeralChars.isPoint(c)) {
                digits.append('.');
            }
        }
        BigDecimal value = new BigDecimal(digits.toString());
        boolean twoDigits = digits.indexOf(".") < 0 && digits.length() == 2;
        return twoDigits ? value : value.multiply(BigDecimal.TEN);
    }

    static boolean isNumeralBefore(String folded, int pos) {
        char c = folded.charAt(pos - 1);
        return NumeralChars.isArabicDigit(c) || NumeralChars.isChineseDigit(c) || NumeralChars.isSmallUnit(c);
    }
}
