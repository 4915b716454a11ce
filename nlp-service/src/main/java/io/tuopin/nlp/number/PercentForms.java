package io.tuopin.nlp.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Percentages written before the number (百分之五, 千分之二) and as discounts (九折, 七五折, 对折). */
final class PercentForms {
    private static final Pattern PERCENT_PREFIX = Pattern.compile("(?=[百佰千仟万萬])[百佰千仟万萬] *分 *之 *");
    private static final Pattern DISCOUNT = Pattern.compile(
            "(?=[0-9一二三四五六七八九两兩陆陸对對半])(?:((?:[0-9一二三四五六七八九两兩陆陸] *){1,2}(?:[.点點] *[0-9一二三四五六七八九] *)?)|(?<=打)[对對]|半)折(?![合算旧舊价價扣])");

    private PercentForms() {
    }

    /** 百分之X, 千分之X, 万分之X, searched around each 分. */
    static List<RecognizedQuantity> prefixed(NumberScanner scanner, String text, String folded) {
        List<RecognizedQuantity> out = new ArrayList<>();
        Matcher m = PERCENT_PREFIX.matcher(folded);
        for (int at = folded.indexOf('分'); at >= 0; at = folded.indexOf('分', at + 1)) {
            m.region(Math.max(0, at - 3), Math.min(folded.length(), at + 6));
            if (!m.find() || m.start() > at) {
                continue;
            }
            boolean afterNumeral = m.start() > 0 && isNumeralBefore(folded, m.start());
            NumberMatch n = m.end() < folded.length() ? scanner.matchAt(folded, m.end()) : null;
            if (afterNumeral || n == null || n.value() == null || n.start() != m.end()) {
                continue;
            }
            BigDecimal base = switch (folded.charAt(m.start())) {
                case '千', '仟' -> BigDecimal.TEN;
                case '万', '萬' -> BigDecimal.valueOf(100);
                default -> BigDecimal.ONE;
            };
            BigDecimal value = n.value().divide(base);
            out.add(QuantityRecognizer.quantity(text, m.start(), n.end(), value, null, Unit.PERCENT, false, n.end()));
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
