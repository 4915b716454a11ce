package io.tuopin.nlp.number;

import io.tuopin.nlp.number.RecognizersTextSpecs.Expected;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Presents our number scanner as Recognizers-Text's NumberRangeModel: comparison words around the
 * numbers it finds (大于, 不少于, 以上, 之间...) become interval notation. Only for the acceptance
 * report; the product reads ranges with units (3-10万元) in {@link QuantityRecognizer}.
 */
final class RangeModelAdapter implements RecognizerModels.Model {
    private static final Pattern GE_BEFORE = Pattern.compile("(?:大于或者等于|大于等于|不小于|不少于|不低于|至少是|至少有|至少|最少|≥)\\s*$");
    private static final Pattern LE_BEFORE = Pattern.compile("(?:小于\\s*或\\s*等于|小于或者等于|小于等于|不大于|不超过|最多为|最多|<\\s*=)\\s*$");
    private static final Pattern GT_BEFORE = Pattern.compile("(?:大于|多于|高于|超过了|超过|过|比)\\s*$");
    private static final Pattern LT_BEFORE = Pattern.compile("(?:小于|少于|低于|不到)\\s*$");
    private static final Pattern EQ_BEFORE = Pattern.compile("等于\\s*$");
    private static final Pattern BETWEEN = Pattern.compile("^\\s*(?:和|与|到|至|~|-|–|—)\\s*第?\\s*$");
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:的同时|同时|并且|而且|并|且|,|，)?\\s*$");
    private final NumberScanner scanner = new NumberScanner();

    private record Bound(int start, int end, BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
        String value() {
            return (lowClosed ? "[" : "(") + plain(low) + "," + plain(high) + (highClosed ? "]" : ")");
        }

        private static String plain(BigDecimal v) {
            return v == null ? "" : v.stripTrailingZeros().toPlainString();
        }
    }

    @Override
    public List<Expected> parse(String input) {
        String s = NumeralChars.fold(input);
        List<NumberMatch> numbers = scanner.scan(input);
        List<Bound> bounds = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            NumberMatch n = numbers.get(i);
            NumberMatch next = i + 1 < numbers.size() ? numbers.get(i + 1) : null;
            if (next != null && BETWEEN.matcher(s.substring(n.end(), next.start())).matches()) {
                int start = n.start() > 0 && s.charAt(n.start() - 1) == '第' ? n.start() - 1 : n.start();
                start = start >= 1 && "在于".indexOf(s.charAt(start - 1)) >= 0 ? start - (s.startsWith("位于", start - 2) ? 2 : 1) : start;
                int end = next.end();
                end = s.startsWith("之间", end) ? end + 2 : s.startsWith("间", end) ? end + 1 : end;
                bounds.add(new Bound(start, end, n.value(), true, next.value(), false));
                i++;
                continue;
            }
            Bound b = single(s, n);
            if (b != null) {
                bounds.add(b);
            }
        }
        return merge(input, s, bounds);
    }

    private Bound single(String s, NumberMatch n) {
        String before = s.substring(Math.max(0, n.start() - 8), n.start());
        int from = n.start();
        Matcher m;
        if ((m = GE_BEFORE.matcher(before)).find()) {
            return new Bound(from - (before.length() - m.start()), n.end(), n.value(), true, null, false);
        }
        if ((m = LE_BEFORE.matcher(before)).find()) {
            return new Bound(from - (before.length() - m.start()), n.end(), null, false, n.value(), true);
        }
        if ((m = LT_BEFORE.matcher(before)).find()) {
            return new Bound(from - (before.length() - m.start()), n.end(), null, false, n.value(), false);
        }
        if ((m = EQ_BEFORE.matcher(before)).find()) {
            return new Bound(from - (before.length() - m.start()), n.end(), n.value(), true, n.value(), true);
        }
        if ((m = GT_BEFORE.matcher(before)).find()) {
            boolean comparative = m.group().startsWith("比");
            if (comparative) {
                int q = NumberScanner.skipSpaces(s, n.end());
                if (q < s.length() && "大高多".indexOf(s.charAt(q)) >= 0) {
                    return new Bound(from - (before.length() - m.start()), q + 1, n.value(), false, null, false);
                }
                if (q < s.length() && "小低少".indexOf(s.charAt(q)) >= 0) {
                    return new Bound(from - (before.length() - m.start()), q + 1, null, false, n.value(), false);
                }
                return null;
            }
            return new Bound(from - (before.length() - m.start()), n.end(), n.value(), false, null, false);
        }
        return suffixed(s, n);
    }

    private static Bound suffixed(String s, NumberMatch n) {
        int q = NumberScanner.skipSpaces(s, n.end());
        String[][] suffixes = {{"或者以上", "[)"}, {"或者更多", "[)"}, {"以上", "()"}, {"以下", ")("}, {"之下", ")("}, {"多", "()"}};
        for (String[] suffix : suffixes) {
            if (s.startsWith(suffix[0], q)) {
                boolean lower = !suffix[1].startsWith(")");
                boolean closed = suffix[1].startsWith("[");
                int end = q + suffix[0].length();
                return lower ? new Bound(n.start(), end, n.value(), closed, null, false)
                        : new Bound(n.start(), end, null, false, n.value(), false);
            }
        }
        return n.approx() ? new Bound(n.start(), n.end(), n.value(), false, null, false) : null;
    }

    /** 大于10小于20 and 不大于50不小于20 are one interval. */
    private static List<Expected> merge(String input, String s, List<Bound> bounds) {
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            Bound b = bounds.get(i);
            Bound next = i + 1 < bounds.size() ? bounds.get(i + 1) : null;
            if (next != null && JOIN.matcher(s.substring(b.end(), next.start())).matches()
                    && (b.high() == null) != (next.high() == null)) {
                Bound low = b.low() != null ? b : next;
                Bound high = b.high() != null ? b : next;
                b = new Bound(b.start(), next.end(), low.low(), low.lowClosed(), high.high(), high.highClosed());
                i++;
            }
            out.add(RecognizerModels.span(input, b.start(), b.end(), b.value(), null));
        }
        return out;
    }
}
