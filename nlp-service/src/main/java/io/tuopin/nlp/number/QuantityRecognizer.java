package io.tuopin.nlp.number;

import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.domain.SpanIndex;
import io.tuopin.nlp.pattern.PrefixedPattern;
import io.tuopin.nlp.pattern.RegexChars;
import io.tuopin.nlp.pattern.Words;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises quantities (a number with its unit) in Chinese text: units normalised to the
 * project's keys, percentages (%, 百分之, 千分之, 成), percentage points, ranges (3-10万元, 两到三万元),
 * approximations (100多, 近2万元, 约, 以上, 左右). Numbers without a unit are not quantities, so dates,
 * years and counters drop out; so do ordinals (第一), slogans in short quotes (“三支队伍”),
 * idioms such as 一村一品, phone numbers and page counters. Stateless and thread-safe.
 */
public final class QuantityRecognizer {
    /** Nouns for people and for households that count as a unit after a large number, perhaps after 建档立卡. */
    static final String[] PERSON_NOUNS = {"贫困人口", "贫困群众", "贫困劳动力", "农村人口", "群众"};
    static final String[] HOUSEHOLD_NOUNS = {"贫困户", "农户", "脱贫户"};
    private static final String REGISTERED = "建档立卡";
    private static final Pattern VILLAGE_BEFORE = Pattern.compile(
            "(?<![驻駐进進到入下包])村(?:全部|已经|已|累计|共)?(?:出列|退出|摘帽|脱贫|销号)?了?$");
    private static final Pattern POINTS = Pattern.compile(" *[个個] *百 *分 *[点點]");
    /** What stands between a count and the 村 it counts (贫困村, 个行政村), at most eight code points. */
    private static final String NOT_BEFORE_VILLAGE = "，。；、,;：:（(";
    private static final int VILLAGE_NOUN_REACH = 8;
    /** 驻村, 进村, 下村 …: 村 after these is no village counted. */
    private static final String NOT_VILLAGE_AFTER = "驻駐进進到入下包";
    /** 村民, 村级, 村委 …: 村 before these is no village counted. */
    private static final String NOT_VILLAGE_BEFORE = "民级級集委卫衛干幹组組社庄莊屯务務两兩容貌";
    /** Between the ends of a range: 3-5, 1万--5万, 2——3万, 10~15k, 3至5, 两到三 (folded: －→-, ～→~). */
    private static final String RANGE_DASHES = "-~〜—–";
    /** A web address: no figure inside it is one (…%2D9114%29, ?q=30%25). */
    private static final PrefixedPattern URL = PrefixedPattern.compile("(?:https?://|www\\.)[!-~]++", "hw");
    private static final String[] APPROX_BEFORE = {"将近", "接近", "大约", "约", "近", "逾", "超过", "超", "约合"};
    private static final String[] APPROX_AFTER = {"左右", "以上", "上下", "多", "余", "餘"};
    private static final String[] COUNTER_CONTEXT = {"人参与", "条评论", "人评论", "人浏览", "次浏览", "人阅读", "次阅读"};
    static final String[] COUNTER_WORDS = {"浏览", "阅读", "点击", "访问", "点赞", "评论", "分享", "转发"};
    static final Pattern COUNTER_BEFORE = Pattern.compile("(?:" + String.join("|", COUNTER_WORDS) + ")(?:量|数|次数)?[:：]?\\s*$");
    static final String CHENG_NOT_PERCENT = "员員为為果效本立功熟片交绩績就型长長品分份年人";

    /** Enough text around a quantity for its longest comparison word and the particle and spaces before it. */
    private static final int BOUND_WINDOW = 8;

    private final NumberScanner scanner = new NumberScanner();

    /** The quantities of a text and every number written in it, from one pass of the number scanner. */
    public record Reading(List<RecognizedQuantity> quantities, List<NumberMatch> numbers) {
    }

    public List<RecognizedQuantity> recognize(String text) {
        return read(text).quantities();
    }

    /** {@link #recognize} and {@link #numbers} at once: the text folded and scanned once. */
    public Reading read(String text) {
        String folded = NumeralChars.fold(text);
        List<RecognizedQuantity> found = new ArrayList<>(PercentForms.prefixed(scanner, text, folded));
        found.addAll(PercentForms.discounts(text, folded));
        found.addAll(PercentForms.halfTenth(text, folded));
        SpanIndex taken = SpanIndex.of(takenSpans(found, folded));
        List<NumberMatch> numbers = scanner.scan(text, folded);
        int coveredTo = 0; // end of the quantities read from numbers so far (a unit word may hold a numeral: 个百分点)
        for (int i = 0; i < numbers.size(); i++) {
            NumberMatch n = numbers.get(i);
            if (n.start() < coveredTo || taken.overlaps(n.start(), n.end())) {
                continue;
            }
            NumberMatch next = i + 1 < numbers.size() ? numbers.get(i + 1) : null;
            RecognizedQuantity alone = withUnit(text, folded, n);
            RecognizedQuantity q = range(text, folded, n, alone, next);
            if (q != null) {
                i++;
            } else {
                q = alone;
            }
            if (q != null && !isNoise(text, folded, q, n)) {
                found.add(q);
                coveredTo = Math.max(coveredTo, q.end());
            }
        }
        found.sort(Comparator.comparingInt(RecognizedQuantity::start));
        return new Reading(found, numbers);
    }

    /**
     * The bound (lt, le, gt, ge) that the words around the quantity [start, end) of the text state, as
     * {@link #recognize} sets {@link RecognizedQuantity#bound}; null for none. For callers that hold
     * the quantity's span only.
     */
    public static String boundAround(String text, int start, int end) {
        int from = Math.max(0, start - BOUND_WINDOW);
        int to = Math.min(text.length(), end + BOUND_WINDOW);
        Bound bound = Bound.around(NumeralChars.fold(text.substring(from, to)), start - from, end - from);
        return bound == null ? null : bound.key();
    }

    /** Every written number, with or without unit (what Recognizers-Text calls the number model). */
    public List<NumberMatch> numbers(String text) {
        return scanner.scan(text);
    }

    /** The percent forms found so far and the web addresses: spans no number may enter. */
    private static List<Span> takenSpans(List<RecognizedQuantity> found, String folded) {
        List<Span> spans = new ArrayList<>();
        found.forEach(q -> spans.add(new Span(q.start(), q.end())));
        PrefixedPattern.Finder m = URL.finder(folded);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }

    /**
     * 3-10万元, 3至5万元, 两到三万元, 八到九百亿元, 10~15k元, 1万-5万元, 1万元--5万元, 2——3万港币: the unit of the
     * high end applies to the low end, and so does its multiplier when the low end is a bare number
     * (3-10万 is 30000 to 100000; 八到九百亿 800亿 to 900亿).
     */
    /** {@code lowQuantity}: what {@code withUnit} reads for the low number alone. */
    private RecognizedQuantity range(String text, String folded, NumberMatch low, RecognizedQuantity lowQuantity, NumberMatch high) {
        if (high == null || low.max() != null || high.max() != null || leadingZero(folded, low) || leadingZero(folded, high)) {
            return null;
        }
        boolean lowHasUnit = lowQuantity != null && lowQuantity.numberEnd() > low.start() && lowQuantity.end() > low.end()
                && lowQuantity.end() <= high.end();
        int gapStart = lowHasUnit ? lowQuantity.end() : low.end();
        NumberMatch upperNumber = dashAsMark(folded, high, gapStart);
        if (gapStart > upperNumber.start() || !isRangeGap(folded, gapStart, upperNumber.start())) {
            return null;
        }
        RecognizedQuantity upper = withUnit(text, folded, upperNumber);
        if (upper == null || lowHasUnit && !lowQuantity.unit().equals(upper.unit())) {
            return null;
        }
        BigDecimal lowValue = lowHasUnit ? lowQuantity.value() : lowEnd(folded, low, upperNumber, upper);
        if (lowValue.compareTo(upper.value()) >= 0) {
            return null;
        }
        return quantity(text, low.start(), upper.end(), lowValue, upper.value(), upper.unit(),
                upper.approx(), upper.numberEnd(), null);
    }

    /**
     * Whether [from, to) is a range mark, a space either side allowed: what the regex
     * {@code  ?(?:[-~〜—–]{1,2}|至|到) ?} matched in full.
     */
    static boolean isRangeGap(String folded, int from, int to) {
        int p = skipOne(folded, from, to, ' ');
        if (p < to && (folded.charAt(p) == '至' || folded.charAt(p) == '到')) {
            p++;
        } else {
            int dashes = p;
            while (p < to && p - dashes < 2 && RANGE_DASHES.indexOf(folded.charAt(p)) >= 0) {
                p++;
            }
            if (p == dashes) {
                return false;
            }
        }
        return skipOne(folded, p, to, ' ') == to;
    }

    private static int skipOne(String s, int at, int to, char c) {
        return at < to && s.charAt(at) == c ? at + 1 : at;
    }

    /** 1万-5万: the scanner may read -5万 as negative when a unit stands between; the dash is the range mark. */
    private static NumberMatch dashAsMark(String folded, NumberMatch high, int gapStart) {
        boolean dash = high.start() == gapStart && high.value().signum() < 0 && "-—–".indexOf(folded.charAt(high.start())) >= 0;
        return dash ? new NumberMatch(high.start() + 1, high.end(), high.value().negate(), high.approx(), high.arabic()) : high;
    }

    /** The low end in the unit of the high end, with the high end's multiplier when it has none of its own. */
    private static BigDecimal lowEnd(String folded, NumberMatch low, NumberMatch high, RecognizedQuantity upper) {
        BigDecimal lowValue = low.value();
        BigDecimal scale = sharedMultiplier(folded.substring(high.start(), high.end()));
        if (scale.signum() != 0 && !hasMultiplier(folded.substring(low.start(), low.end()))
                && lowValue.compareTo(high.value().divide(scale, MathContext.DECIMAL64)) <= 0) {
            lowValue = lowValue.multiply(scale);
        }
        return lowValue.multiply(upper.value().divide(high.value(), MathContext.DECIMAL64));
    }

    /**
     * The place value of the high end's leading numeral: 9 of 九百亿 counts hundreds of millions of
     * ten thousand (1e10), 15 of 15k thousands, 3.5 of 3.5万 ten thousands, 三 of 三千五 thousands; for
     * 十五万 (no single leading numeral) the trailing 万. Zero when the high end has no multiplier.
     */
    static BigDecimal sharedMultiplier(String high) {
        int i = 0;
        if (i < high.length() && NumeralChars.isArabicDigit(high.charAt(i))) {
            while (i < high.length() && (NumeralChars.isArabicDigit(high.charAt(i)) || ".,".indexOf(high.charAt(i)) >= 0)) {
                i++;
            }
        } else if (i < high.length() && NumeralChars.isChineseDigit(high.charAt(i))) {
            i++;
        }
        int chainEnd = i;
        while (chainEnd < high.length() && isMultiplierChar(high.charAt(chainEnd))) {
            chainEnd++;
        }
        if (i > 0 && chainEnd > i) {
            return multiplierValue(high.substring(i, chainEnd));
        }
        int tail = high.length();
        while (tail > 0 && (NumeralChars.isBigUnit(high.charAt(tail - 1)) || high.charAt(tail - 1) == 'k')) {
            tail--;
        }
        return tail < high.length() && tail > 0 ? multiplierValue(high.substring(tail)) : BigDecimal.ZERO;
    }

    private static boolean isMultiplierChar(char c) {
        return NumeralChars.isMultiplier(c) || c == 'k';
    }

    private static boolean hasMultiplier(String number) {
        return number.chars().anyMatch(c -> isMultiplierChar((char) c) || c == 'm');
    }

    private static BigDecimal multiplierValue(String chain) {
        if (chain.equals("k")) {
            return BigDecimal.valueOf(1000);
        }
        SimpleNumber one = SimpleNumber.parse("一" + chain.replace("k", "千"), 0);
        return one == null || one.value() == null || one.end() != chain.length() + 1 ? BigDecimal.ZERO : one.value();
    }

    private static boolean leadingZero(String folded, NumberMatch n) {
        return folded.charAt(n.start()) == '0' && n.end() - n.start() > 1 && folded.charAt(n.start() + 1) != '.';
    }

    /**
     * The number followed by its unit word (with the parts of a money amount: 五元三毛, 叁仟元整), or null
     * when no unit follows. An approximate range (三五百块) keeps its upper end; a comparison word around
     * it (不到, 超过, 以上 ...) becomes its bound.
     */
    private RecognizedQuantity withUnit(String text, String folded, NumberMatch n) {
        int p = n.end();
        boolean approx = n.approx();
        if (p < folded.length() && "多余餘来".indexOf(folded.charAt(p)) >= 0 && p + 1 < folded.length()
                && Units.at(folded, p + 1) != null) {
            approx = true;
            p++;
        }
        UnitAt unit = unitAt(folded, n, p);
        if (unit == null) {
            return prefixedCurrency(text, folded, n, approx);
        }
        BigDecimal v = unit.scale(n.value());
        BigDecimal max = n.max() == null ? null : unit.scale(n.max());
        int end = unit.end();
        if (end < folded.length() && folded.charAt(end) == '半' && !unit.key().equals(Unit.PERCENT)) {
            v = v.add(unit.factor().multiply(new BigDecimal("0.5")));
            end++;
        } else if (max == null) {
            MoneyParts.Parts parts = MoneyParts.after(scanner, folded, unit.key(), end);
            v = v.add(parts.extra());
            end = parts.end();
        }
        Bound bound = max == null ? Bound.around(folded, n.start(), end) : null;
        approx |= bound != null || approxBefore(folded, n.start()) || approxAfter(folded, end);
        return quantity(text, n.start(), end, v, max, unit.key(), approx, p, bound);
    }

    /** A unit found after a number; {@code offset} is added after scaling (七成六 = 7 × 10 + 6). */
    private record UnitAt(String key, BigDecimal factor, BigDecimal offset, int end) {
        UnitAt(String key, BigDecimal factor, int end) {
            this(key, factor, BigDecimal.ZERO, end);
        }

        BigDecimal scale(BigDecimal value) {
            return value.multiply(factor).add(offset);
        }
    }

    private static UnitAt unitAt(String folded, NumberMatch n, int p) {
        int q = NumberScanner.skipSpaces(folded, p);
        if (q >= folded.length()) {
            return null;
        }
        Matcher points = POINTS.matcher(folded).region(p, folded.length());
        if (points.lookingAt()) {
            return new UnitAt(Unit.PERCENTAGE_POINT, BigDecimal.ONE, points.end());
        }
        char c = folded.charAt(q);
        if (c == '%') {
            return new UnitAt(Unit.PERCENT, BigDecimal.ONE, q + 1);
        }
        if (c == '成' && (q + 1 >= folded.length() || CHENG_NOT_PERCENT.indexOf(folded.charAt(q + 1)) < 0)) {
            return cheng(folded, q);
        }
        if (q != p) {
            return null;
        }
        Unit unit = Units.at(folded, q);
        if (unit == null) {
            return nounAsUnit(folded, n, q);
        }
        boolean villages = "个個".indexOf(unit.surface().charAt(0)) >= 0 && "count".equals(unit.key())
                && (isVillageNoun(folded, q + unit.surface().length()) || villageNounBefore(folded, n.start()));
        String key = villages ? "village" : unit.key();
        return new UnitAt(key, unit.factor(), q + unit.surface().length());
    }

    /**
     * 1.2万贫困人口, 3000农户: a large number directly before a noun for people or households counts
     * them; the noun stays outside the quantity's span so that it can still serve as the cue.
     */
    private static UnitAt nounAsUnit(String folded, NumberMatch n, int q) {
        if (!n.arabic() && !hasWan(folded, n.start(), n.end())) {
            return null;
        }
        String key = nounUnitAt(folded, q);
        return key == null ? null : new UnitAt(key, BigDecimal.ONE, q);
    }

    /** A 万 in [start, end) and no line terminator: what {@code .*[万萬].*} matched in full. */
    static boolean hasWan(String s, int start, int end) {
        boolean wan = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (RegexChars.isLineTerminator(c)) {
                return false;
            }
            wan |= c == '万' || c == '萬';
        }
        return wan;
    }

    /** "person" or "household" for the noun at {@code q} (建档立卡 before it allowed), or null. */
    static String nounUnitAt(String folded, int q) {
        int p = folded.startsWith(REGISTERED, q) ? q + REGISTERED.length() : q;
        if (Words.startsWithAny(folded, p, PERSON_NOUNS)) {
            return "person";
        }
        return Words.startsWithAny(folded, p, HOUSEHOLD_NOUNS) ? "household" : null;
    }

    /** 九成 = 90 %, 三成半 = 35 %, 七成六 = 76 %. */
    private static UnitAt cheng(String folded, int q) {
        int end = q + 1;
        BigDecimal extra = BigDecimal.ZERO;
        int r = NumberScanner.skipSpaces(folded, end);
        if (r < folded.length() && folded.charAt(r) == '半') {
            extra = BigDecimal.valueOf(5);
            end = r + 1;
        } else if (r < folded.length() && NumeralChars.isChineseDigit(folded.charAt(r))
                && (r + 1 >= folded.length() || !NumeralChars.isChineseDigit(folded.charAt(r + 1)))) {
            extra = BigDecimal.valueOf(NumeralChars.chineseDigit(folded.charAt(r)));
            end = r + 1;
        }
        return new UnitAt(Unit.PERCENT, BigDecimal.TEN, extra, end);
    }

    /** 贫困村68个, 行政村156个: the noun stands before the number. */
    private static boolean villageNounBefore(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 10), start);
        return before.indexOf('村') >= 0 && VILLAGE_BEFORE.matcher(before).find(); // the pattern needs a 村
    }

    /**
     * 个贫困村, 个村: a 村 within eight code points (no clause mark between), not 驻村 nor 村民 …; what the
     * lazy regex {@code [^，。；…]{0,8}?(?<![驻…])(村)(?![民…])} from {@code from} (not looking behind it) found.
     */
    static boolean isVillageNoun(String folded, int from) {
        int p = from;
        for (int n = 0; ; n++) {
            if (p < folded.length() && folded.charAt(p) == '村'
                    && (p == from || NOT_VILLAGE_AFTER.indexOf(folded.charAt(p - 1)) < 0)
                    && (p + 1 == folded.length() || NOT_VILLAGE_BEFORE.indexOf(folded.charAt(p + 1)) < 0)) {
                return true;
            }
            if (n == VILLAGE_NOUN_REACH || p == folded.length() || NOT_BEFORE_VILLAGE.indexOf(folded.charAt(p)) >= 0) {
                return false;
            }
            p += Character.charCount(folded.codePointAt(p));
        }
    }

    /** ￥300, $20: currency sign before the number. */
    private static RecognizedQuantity prefixedCurrency(String text, String folded, NumberMatch n, boolean approx) {
        if (n.start() == 0) {
            return null;
        }
        char sign = folded.charAt(n.start() - 1);
        String key = sign == '￥' || sign == '¥' ? "yuan" : sign == '$' ? "usd" : null;
        if (key == null) {
            return null;
        }
        Bound bound = Bound.around(folded, n.start() - 1, n.end());
        return quantity(text, n.start() - 1, n.end(), n.value(), null, key, approx || bound != null, n.end(), bound);
    }

    private static boolean approxBefore(String folded, int start) {
        for (String marker : APPROX_BEFORE) {
            if (start >= marker.length() && folded.startsWith(marker, start - marker.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean approxAfter(String folded, int end) {
        for (String marker : APPROX_AFTER) {
            if (folded.startsWith(marker, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoise(String text, String folded, RecognizedQuantity q, NumberMatch n) {
        return QuantityFilters.isOrdinal(folded, q.start()) || QuantityFilters.inShortQuote(text, q.start(), q.end())
                || QuantityFilters.isIdiom(folded, n, q) || QuantityFilters.isBareUnitChar(folded, n)
                || QuantityFilters.isPhoneLike(folded, n) || isCounter(folded, q);
    }

    private static boolean isCounter(String folded, RecognizedQuantity q) {
        String before = folded.substring(Math.max(0, q.start() - 6), q.start());
        if (mayBeCounterBefore(before) && COUNTER_BEFORE.matcher(before).find()) {
            return true;
        }
        for (String context : COUNTER_CONTEXT) {
            if (folded.startsWith(context, q.numberEnd())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a counter word, as {@link #COUNTER_BEFORE} needs (most quantities have none near). */
    static boolean mayBeCounterBefore(String before) {
        for (String w : COUNTER_WORDS) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static RecognizedQuantity quantity(String text, int start, int end, BigDecimal value, BigDecimal max,
                                       String unit, boolean approx, int numberEnd) {
        return quantity(text, start, end, value, max, unit, approx, numberEnd, null);
    }

    static RecognizedQuantity quantity(String text, int start, int end, BigDecimal value, BigDecimal max,
                                       String unit, boolean approx, int numberEnd, Bound bound) {
        return new RecognizedQuantity(text.substring(start, end), start, end, plain(value),
                max == null ? null : plain(max), unit, approx, numberEnd, bound == null ? null : bound.key());
    }

    /** Without trailing zeros and never in exponent form (380000000, not 3.8E+8). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

}
