package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.number.NumberMatch;
import io.tuopin.nlp.number.RecognizedQuantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Large figures written without a unit take the unit of the people or households they count:
 * 总人口85万, 贫困人口为232万 and 全区308.9万现行标准下贫困人口 count people; the first figure of
 * 贫困人口由2011年的14.63万下降到2014年的7.89万人 takes the unit of the second (and the second of
 * 从10.92万人减少到1.28万 the unit of the first). Only figures with 万 or 亿 are read this way, so
 * years, counters and codes stay out; so is the bare end of a change of a rate (从12.6%下降到0). Stateless
 * and thread-safe.
 */
final class BareFigures {
    private static final Pattern LARGE = Pattern.compile(".*[万萬亿億].*");
    private static final Pattern PEOPLE_AFTER = Pattern.compile(
            "^(?:现行标准下的?|农村|相对|建档立卡|深度|农业)*(?:贫困人口|贫困群众|人口|农民|群众|居民)");
    private static final Pattern HOUSEHOLDS_AFTER = Pattern.compile("^(?:建档立卡)?(?:贫困户|农户)");
    private static final Pattern PEOPLE_BEFORE = Pattern.compile(
            "(?:贫困人口|总人口|人口|贫困群众)(?:[为达有约共是仅只]|达到|已|还有|尚有|仍有|减少了?|增加了?)?(?:约|近)?$");
    private static final Pattern HOUSEHOLDS_BEFORE = Pattern.compile("(?:贫困户|农户|总户数)(?:[为达有约共是]|达到)?$");
    private static final int NOUN_WINDOW = 8;
    private static final int LINK_REACH = 24;
    /** Between a whole and its part: 贫困人口中已有, 中有, 其中. */
    private static final Pattern PART_OF = Pattern.compile("[^，。；\\d]{0,8}中(?:已有|有|已|共有)?|[^，。；\\d]{0,6}其中");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?:约|近|将近|接近|超过|逾)$");
    /** A kind of village, then only the words of a statement or a change: 贫困村由, 行政村共有, 贫困村减少到. */
    private static final Pattern VILLAGE_BEFORE = Pattern.compile(
            "(?:贫困村|行政村|建制村|自然村|重点村)[由从为有共计达到至减少下降增加的已经全部累计了约近\\s]*"
                    + "(?:出列|退出|摘帽|脱贫|销号)?了?$");

    /** The recognised quantities and the bare figures whose unit the text gives, in text order. */
    List<RecognizedQuantity> complete(String text, List<RecognizedQuantity> recognized, List<NumberMatch> numbers) {
        List<RecognizedQuantity> quantities = villageCounts(text, recognized);
        List<RecognizedQuantity> all = new ArrayList<>(quantities);
        for (NumberMatch n : numbers) {
            if (isCovered(n, quantities)) {
                continue;
            }
            if (!isLarge(text, n)) {
                RecognizedQuantity rate = rateReached(text, n, quantities);
                if (rate != null) {
                    all.add(rate);
                }
                continue;
            }
            String unit = unitFromNouns(text, n);
            if (unit == null) {
                unit = unitFromPartner(text, n, quantities);
            }
            if (unit == null) {
                unit = unitOfWhole(text, n, all);
            }
            if (unit != null) {
                all.add(new RecognizedQuantity(text.substring(n.start(), n.end()), n.start(), n.end(), n.value(),
                        null, unit, n.approx() || approxBefore(text, n.start()), n.end(), null));
            }
        }
        all.sort(Comparator.comparingInt(RecognizedQuantity::start));
        return all;
    }

    /**
     * 贫困村由193个减少到5个: counts of 个 whose noun is a kind of village standing before them (across the
     * words of a change) count villages, and so does the result of a change whose baseline counts villages.
     */
    private static List<RecognizedQuantity> villageCounts(String text, List<RecognizedQuantity> quantities) {
        List<RecognizedQuantity> out = new ArrayList<>(quantities.size());
        RecognizedQuantity previous = null;
        for (RecognizedQuantity q : quantities) {
            boolean count = "count".equals(q.unit()) && q.numberEnd() < text.length()
                    && "个個".indexOf(text.charAt(q.numberEnd())) >= 0;
            boolean village = count && (VILLAGE_BEFORE.matcher(text.substring(Math.max(0, q.start() - 12), q.start())).find()
                    || previous != null && "village".equals(previous.unit())
                    && Changes.isLink(text.substring(previous.end(), q.start())));
            RecognizedQuantity r = village ? new RecognizedQuantity(q.text(), q.start(), q.end(), q.value(), q.valueMax(),
                    "village", q.approx(), q.numberEnd(), q.bound()) : q;
            out.add(r);
            previous = r;
        }
        return out;
    }

    private static boolean isLarge(String text, NumberMatch n) {
        return LARGE.matcher(text.substring(n.start(), n.end())).matches();
    }

    private static boolean isCovered(NumberMatch n, List<RecognizedQuantity> quantities) {
        int i = Positions.firstAtOrAfter(quantities, n.end(), RecognizedQuantity::start) - 1;
        return i >= 0 && quantities.get(i).end() > n.start();
    }

    /** 贫困发生率从12.6%下降到0: the number a change of a rate reaches is a rate, with or without its %. */
    private static RecognizedQuantity rateReached(String text, NumberMatch n, List<RecognizedQuantity> quantities) {
        int i = Positions.firstAtOrAfter(quantities, n.start(), RecognizedQuantity::start) - 1;
        if (i < 0) {
            return null;
        }
        RecognizedQuantity before = quantities.get(i);
        boolean reached = "percent".equals(before.unit()) && n.start() - before.end() <= LINK_REACH
                && Changes.isLink(text.substring(before.end(), n.start()))
                && (n.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(n.end())));
        return reached ? new RecognizedQuantity(text.substring(n.start(), n.end()), n.start(), n.end(), n.value(), null,
                "percent", n.approx(), n.end(), null) : null;
    }

    private static String unitFromNouns(String text, NumberMatch n) {
        String after = text.substring(n.end(), Math.min(text.length(), n.end() + NOUN_WINDOW + 4));
        String before = text.substring(Math.max(0, n.start() - NOUN_WINDOW), n.start());
        if (PEOPLE_AFTER.matcher(after).find() || PEOPLE_BEFORE.matcher(before).find()) {
            return "person";
        }
        if (HOUSEHOLDS_AFTER.matcher(after).find() || HOUSEHOLDS_BEFORE.matcher(before).find()) {
            return "household";
        }
        return null;
    }

    /** The other figure of a change statement (由A减少到B), when the link between them holds no other figure. */
    private static String unitFromPartner(String text, NumberMatch n, List<RecognizedQuantity> quantities) {
        int i = Positions.firstAtOrAfter(quantities, n.end(), RecognizedQuantity::start);
        RecognizedQuantity after = i < quantities.size() ? quantities.get(i) : null;
        RecognizedQuantity before = i > 0 ? quantities.get(i - 1) : null;
        if (after != null && !after.isPercent() && after.start() - n.end() <= LINK_REACH
                && Changes.isLink(text.substring(n.end(), after.start()))) {
            return after.unit();
        }
        if (before != null && !before.isPercent() && n.start() - before.end() <= LINK_REACH && before.end() <= n.start()
                && Changes.isLink(text.substring(before.end(), n.start()))) {
            return before.unit();
        }
        return null;
    }

    /** 8.6万贫困人口中已有7.9万实现脱贫: a part named right after its whole takes the whole's unit. */
    private static String unitOfWhole(String text, NumberMatch n, List<RecognizedQuantity> earlier) {
        int i = Positions.firstAtOrAfter(earlier, n.start(), RecognizedQuantity::start) - 1;
        if (i < 0) {
            return null;
        }
        RecognizedQuantity whole = earlier.get(i);
        boolean countsPeople = "person".equals(whole.unit()) || "household".equals(whole.unit());
        return countsPeople && whole.end() <= n.start() && PART_OF.matcher(text.substring(whole.end(), n.start())).matches()
                ? whole.unit() : null;
    }

    private static boolean approxBefore(String text, int start) {
        return APPROX_BEFORE.matcher(text.substring(Math.max(0, start - 2), start)).find();
    }
}
