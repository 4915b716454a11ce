package io.tuopin.nlp.time;

/**
 * Years and months written in Chinese numerals (二〇一九年, 二零二〇年十二月), rewritten as digits of the
 * same length (2019年, 2020年12月) so that every offset into the text stays where it was. A month is
 * rewritten only where its digits fit in as many characters (三月, 十一月, 十二月; not 十月).
 */
final class ChineseNumeralDates {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final int YEAR_LENGTH = 4;

    private ChineseNumeralDates() {
    }

    static String fold(String text) {
        StringBuilder out = null;
        for (int i = text.indexOf('年'); i >= 0; i = text.indexOf('年', i + 1)) {
            if (i < YEAR_LENGTH || !isYear(text, i - YEAR_LENGTH, i)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int k = i - YEAR_LENGTH; k < i; k++) {
                out.setCharAt(k, (char) ('0' + digit(text.charAt(k))));
            }
            foldMonth(text, i + 1, out);
        }
        return out == null ? text : out.toString();
    }

    private static boolean isYear(String text, int from, int to) {
        if (from > 0 && digit(text.charAt(from - 1)) >= 0) {
            return false;
        }
        int first = digit(text.charAt(from));
        for (int k = from; k < to; k++) {
            if (digit(text.charAt(k)) < 0) {
                return false;
            }
        }
        return first == 1 || first == 2;
    }

    /** 三月 -> 3月, 十一月 -> 11月, 十二月 -> 12月. */
    private static void foldMonth(String text, int at, StringBuilder out) {
        if (at + 1 < text.length() && text.charAt(at + 1) == '月') {
            int d = digit(text.charAt(at));
            if (d >= 1) {
                out.setCharAt(at, (char) ('0' + d));
            }
        } else if (at + 2 < text.length() && text.charAt(at) == '十' && text.charAt(at + 2) == '月') {
            int d = digit(text.charAt(at + 1));
            if (d == 1 || d == 2) {
                out.setCharAt(at, '1');
                out.setCharAt(at + 1, (char) ('0' + d));
            }
        }
    }

    private static int digit(char c) {
        return c == '零' || c == '○' || c == 'Ｏ' ? 0 : DIGITS.indexOf(c);
    }
}
