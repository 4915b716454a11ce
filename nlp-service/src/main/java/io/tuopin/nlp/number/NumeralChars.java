package io.tuopin.nlp.number;

import java.math.BigDecimal;
import java.util.Map;

/** The characters of written numbers: Chinese (simplified, traditional, financial), full-width and Arabic. */
final class NumeralChars {
    private static final String DIGITS = "零〇一壹二贰貳两兩倆俩三叁參弎四肆五伍六陆陸七柒八捌九玖";
    private static final Map<Character, Integer> DIGIT_VALUES = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('壹', 1),
            Map.entry('二', 2), Map.entry('贰', 2), Map.entry('貳', 2), Map.entry('两', 2), Map.entry('兩', 2),
            Map.entry('倆', 2), Map.entry('俩', 2), Map.entry('三', 3), Map.entry('叁', 3), Map.entry('參', 3),
            Map.entry('弎', 3), Map.entry('四', 4), Map.entry('肆', 4), Map.entry('五', 5), Map.entry('伍', 5),
            Map.entry('六', 6), Map.entry('陆', 6), Map.entry('陸', 6), Map.entry('七', 7), Map.entry('柒', 7),
            Map.entry('八', 8), Map.entry('捌', 8), Map.entry('九', 9), Map.entry('玖', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of(
            '十', 10, '拾', 10, '百', 100, '佰', 100, '千', 1000, '仟', 1000);
    private static final Map<Character, BigDecimal> BIG_UNITS = Map.of(
            '万', BigDecimal.valueOf(10_000), '萬', BigDecimal.valueOf(10_000),
            '亿', BigDecimal.valueOf(100_000_000), '億', BigDecimal.valueOf(100_000_000),
            '兆', BigDecimal.valueOf(1_000_000_000_000L));

    private NumeralChars() {
    }

    static boolean isChineseDigit(char c) {
        return DIGITS.indexOf(c) >= 0;
    }

    static int chineseDigit(char c) {
        return DIGIT_VALUES.get(c);
    }

    static boolean isSmallUnit(char c) {
        return SMALL_UNITS.containsKey(c);
    }

    static int smallUnit(char c) {
        return SMALL_UNITS.get(c);
    }

    static boolean isBigUnit(char c) {
        return BIG_UNITS.containsKey(c);
    }

    static BigDecimal bigUnit(char c) {
        return BIG_UNITS.get(c);
    }

    /** 廿 = 二十, 卅 = 三十, 卌 = 四十: one character for a multiple of ten; the digit, or 0 when c is none. */
    static int tensDigit(char c) {
        return switch (c) {
            case '廿' -> 2;
            case '卅' -> 3;
            case '卌' -> 4;
            default -> 0;
        };
    }

    /** Characters that multiply what stands before them: 十 百 千 万 亿 兆 (and financial/traditional forms). */
    static boolean isMultiplier(char c) {
        return isSmallUnit(c) || isBigUnit(c);
    }

    static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean isPoint(char c) {
        return c == '点' || c == '點';
    }

    static boolean isMinus(char c) {
        return c == '负' || c == '負' || c == '-' || c == '－' || c == '−';
    }

    /** 多, 余, 几: "some more" inside a number such as 十多万 or 9400余万. */
    static boolean isApproxInfix(char c) {
        return c == '多' || c == '余' || c == '餘' || c == '几' || c == '幾';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\t';
    }

    /** Full-width digits and punctuation to ASCII, letters to lower case (how Recognizers-Text writes a span). */
    static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean groupComma = c == '，' && i > 0 && i + 1 < text.length()
                    && isFullWidthDigit(text.charAt(i - 1)) && isFullWidthDigit(text.charAt(i + 1));
            // ，is Chinese clause punctuation ($20，300美圆 is two amounts); only between full-width digits a thousands separator (４，５６５)
            folded[i] = c == '，' && !groupComma ? c : foldChar(c);
        }
        return new String(folded);
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '０' && c <= '９';
    }

    static char foldChar(char c) {
        if (c >= '\u4e00' && c <= '\u9fff') {
            return c; // most of a text: ideographs, which have no case (asked before Character.toLowerCase)
        }
        if (c >= '！' && c <= '～') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return Character.toLowerCase(c);
    }
}
