package io.tuopin.nlp.number;

import io.tuopin.nlp.domain.SpanIndex;
import java.math.BigDecimal;
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
    private static final Pattern NOUN_UNIT = Pattern.compile(
            "(?:建档立卡)?(?:(贫困人口|贫困群众|贫困劳动力|农村人口|群众)|(贫困户|农户|脱贫户))");
    private static final Pattern VILLAGE_BEFORE = Pattern.compile(
            "(?<![驻駐进進到入下包])村(?:全部|已经|已|累计|共)?(?:出列|退出|摘帽|脱贫|销号)?了?$");
    private static final Pattern POINTS = Pattern.compile(" *[个個] *百 *分 *[点點]");
    private static final Pattern VILLAGE_NOUN = Pattern.compile(
            "[^，。；、,;：:（(]{0,8}?(?<![驻駐进進到入下包])(村)(?![民级級集委卫衛干幹组組社庄莊屯务務两兩容貌])");
    private static final String RANGE_MARKS = "-~～—–至到";
    private static final String[] APPROX_BEFORE = {"将近", "接近", "大约", "约", "近", "逾", "超过", "超", "约合"};
    private static final String[] APPROX_AFTER = {"左右", "以上", "上下", "多", "余", "餘"};
    private static final String[] COUNTER_CONTEXT = {"人参与", "条评论", "人评论", "人浏览", "次浏览", "人阅读", "次阅读"};
    private static final Pattern COUNTER_BEFORE = Pattern.compile("(?:浏览|阅读|点击|访问|点赞|评论|分享|转发)(?:量|数|次数)?[:：]?\\s*$");
    private static final String CHENG_NOT_PERCENT = "员員为為果效本立功熟片交绩績就型长長品分份年人";

    private final NumberScanner scanner = new NumberScanner();

    public List<RecognizedQuantity> recognize(String text) {
        String folded = NumeralChars.fold(text);
        List<RecognizedQuantity> found = new ArrayList<>(PercentForms.prefixed(scanner, text, folded));
        found.addAll(PercentForms.discounts(text, folded));
        SpanIndex percentForms = SpanIndex.of(found, RecognizedQuantity::start, RecognizedQuantity::end);
        List<NumberMatch> numbers = scanner.scan(text);
        int coveredTo = 0; // end of the quantities read from numbers so far (a unit word may hold a numeral: 个百分点)
        for (int i = 0; i < numbers.size(); i++) {
            NumberMatch n = numbers.get(i);
            if (n.start() < coveredTo || percentForms.overlaps(n.start(), n.end())) {
                continue;
            }
            NumberMatch next = i + 1 < numbers.size() ? numbers.get(i + 1) : null;
            RecognizedQuantity q = range(text, folded, n, next);
            if (q != null) {
                i++;
            } else {
                q = withUnit(text, folded, n, n.value(), null, n.start());
            }
            if (q != null && !isNoise(text, folded, q, n)) {
                found.add(q);
                coveredTo = Math.max(coveredTo, q.end());
            }
        }
        found.sort(Comparator.comparingInt(RecognizedQuantity::start));
        return found;
    }

    /** Every written number, with or without unit (what Recognizers-Text calls the number model). */
    public List<NumberMatch> numbers(String text) {
        return scanner.scan(text);
    }

    /** 3-10万元, 3至5万元, 两到三万: the unit (and 万 or 亿) of the high end applies to the low end. */
    private RecognizedQuantity range(String text, String folded, NumberMatch low, NumberMatch high) {
        if (high == null || high.start() != low.end() + 1 || RANGE_MARKS.indexOf(folded.charAt(low.end())) < 0
                || leadingZero(folded, low) || leadingZero(folded, high)) {
            return null;
        }
        RecognizedQuantity upper = withUnit(text, folded, high, high.value(), null, high.start());
        if (upper == null) {
            return null;
        }
        BigDecimal lowValue = low.value();
        String highText = folded.substring(high.start(), high.end());
        String lowText = folded.substring(low.start(), low.end());
        BigDecimal scale = multiplier(highText);
        if (multiplier(lowText).signum() == 0 && scale.signum() != 0
                && lowValue.compareTo(high.value().divide(scale)) <= 0) {
            lowValue = lowValue.multiply(scale);
        }
        BigDecimal factor = upper.value().divide(high.value(), java.math.MathContext.DECIMAL64);
        BigDecimal lowNormalised = lowValue.multiply(factor);
        if (lowNormalised.compareTo(upper.value()) >= 0) {
            return null;
        }
        return quantity(text, low.start(), upper.end(), lowNormalised, upper.value(), upper.unit(),
                upper.approx(), upper.numberEnd());
    }

    private static BigDecimal multiplier(String numberText) {
        String t = numberText.strip();
        if (t.endsWith("亿") || t.endsWith("億")) {
            return t.length() > 1 && (t.charAt(t.length() - 2) == '万' || t.charAt(t.length() - 2) == '萬')
                    ? new BigDecimal("1e12") : new BigDecimal("1e8");
        }
        return t.endsWith("万") || t.endsWith("萬") ? BigDecimal.valueOf(10_000) : BigDecimal.ZERO;
    }

    private static boolean leadingZero(String folded, NumberMatch n) {
        return folded.charAt(n.start()) == '0' && n.end() - n.start() > 1 && folded.charAt(n.start() + 1) != '.';
    }

    /** The number followed by its unit word, or null when no unit follows. */
    private RecognizedQuantity withUnit(String text, String folded, NumberMatch n, BigDecimal value,
                                        BigDecimal valueMax, int start) {
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
        BigDecimal v = unit.scale(value);
        int end = unit.end();
        if (end < folded.length() && folded.charAt(end) == '半' && !unit.key().equals(Unit.PERCENT)) {
            v = v.add(unit.factor().multiply(new BigDecimal("0.5")));
            end++;
        }
        approx |= approxBefore(folded, start) || approxAfter(folded, end);
        return quantity(text, start, end, v, valueMax, unit.key(), approx, p);
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
        boolean large = n.arabic() || folded.substring(n.start(), n.end()).matches(".*[万萬].*");
        if (!large) {
            return null;
        }
        Matcher m = NOUN_UNIT.matcher(folded).region(q, folded.length());
        if (!m.lookingAt()) {
            return null;
        }
        return new UnitAt(m.group(1) != null ? "person" : "household", BigDecimal.ONE, q);
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
        return VILLAGE_BEFORE.matcher(folded.substring(Math.max(0, start - 10), start)).find();
    }

    private static boolean isVillageNoun(String folded, int from) {
        Matcher m = VILLAGE_NOUN.matcher(folded).region(from, folded.length());
        return m.lookingAt();
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
        return quantity(text, n.start() - 1, n.end(), n.value(), null, key, approx, n.end());
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
        if (COUNTER_BEFORE.matcher(folded.substring(Math.max(0, q.start() - 6), q.start())).find()) {
            return true;
        }
        for (String context : COUNTER_CONTEXT) {
            if (folded.startsWith(context, q.numberEnd())) {
                return true;
            }
        }
        return false;
    }

    static RecognizedQuantity quantity(String text, int start, int end, BigDecimal value, BigDecimal max,
                                       String unit, boolean approx, int numberEnd) {
        return new RecognizedQuantity(text.substring(start, end), start, end, plain(value),
                max == null ? null : plain(max), unit, approx, numberEnd);
    }

    /** Without trailing zeros and never in exponent form (380000000, not 3.8E+8). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

}
