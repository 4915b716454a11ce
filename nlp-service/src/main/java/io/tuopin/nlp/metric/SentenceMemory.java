package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.time.DateFinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the earlier clauses of a sentence said, for clauses that continue them without a cue of their
 * own: 2017年，全村人均纯收入16640元，2018年又增至18305元; 2016年底贫困人口为8375户14214人，到去年底已经
 * 降到2033户3220人; 青石县贫困发生率降至0.5%，石门县降至0.8%; 投入资金59.32亿元，其中省级财政22亿元.
 * One per sentence; not thread-safe.
 */
final class SentenceMemory {
    private static final String TIME = "(?:" + DateFinder.YEAR_PHRASE + "|到|至|截至|同期|同年|当年|目前|如今|现在|评估时)*";
    private static final String ADVERBS = "(?:也|则|又|再|已|已经|进一步|一路|分别|均|还|就|共|累计|仅|只|同比|全部)*";
    private static final String LEVEL_VERBS =
            "(?:(?:下降|降低|减少|减|降|增加|增长|提高|提升|上升|上涨|涨|增|升|攀升|跃升)(?:到|至|为)|达到|达|为|是|突破|超过|接近)?";
    /** Marks a region mention in the text a continuation may hold (石门县降至0.8%). */
    private static final char REGION = 'Ⓡ';
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(?:其中)?" + TIME + "[的，,]?" + REGION + "*" + TIME + ADVERBS + LEVEL_VERBS + "了?" + TIME
                    + "的?(?:约|近|超过|不足)?$");
    /** 较2014年增加5200元 after a level: the amount it rose by. */
    private static final Pattern RAISED_BY = Pattern.compile(
            "^(?:较|比|同比)?(?:" + DateFinder.YEAR_PHRASE + ")?(?:增加|增长|提高|上升|多)了?$");
    /** 减少85.95万人 after a statement about the poor: people lifted out. */
    private static final Pattern LIFTING_VERB = Pattern.compile("(?:减少|减贫|脱贫)了?(?:约|近)?$");
    /** 其中省级财政22亿元, 其中贫困劳动力900余人: a part of a flow or a rate is still that flow or rate. */
    private static final Pattern PART = Pattern.compile("^其中[^\\d，。；]{0,8}$");
    /** What may follow a continued figure: the clause ends, or a qualifier (以上, 左右, 的). */
    private static final Pattern CONTINUED_END = Pattern.compile("^(?:[，,。；;！!？?、）)]|以上|以下|左右|的|$)");

    /**
     * What may open a clause that continues a figure-less clause naming the indicator (全县贫困发生率大幅下降，
     * 由12.5%降至0.5%; 人均可支配收入突破万元大关，达到10238元): a change's start, a time, adverbs, a verb of level.
     */
    private static final Pattern LEADS_ON = Pattern.compile(
            "^" + REGION + "*" + ADVERBS + "(?:由|从)" + TIME + "的?$|^" + REGION + "*" + TIME + ADVERBS + LEVEL_VERBS
                    + "了?" + TIME + "的?(?:约|近|超过|不足)?$");

    static boolean leadsOn(String text, int clauseStart, int figureStart, List<RegionMention> mentions) {
        return LEADS_ON.matcher(masked(text, clauseStart, figureStart, mentions).strip()).matches();
    }

    /** 同期贫困发生率从14.5%降到3.3%: over the same span as the change the sentence has just stated. */
    private static final Pattern SAME_SPAN = Pattern.compile("^\\s*同期");

    private final Map<String, IndicatorMatch> lastByUnit = new HashMap<>();
    private final java.util.Set<String> seenUnits = new java.util.HashSet<>();
    private Period spanStart;
    private Period spanEnd;

    /** Remembers the period of a figure: the first and last periods of a sentence span what it tells. */
    void rememberPeriod(Period period) {
        if (period.period() == null) {
            return;
        }
        if (spanStart == null) {
            spanStart = period;
        }
        spanEnd = period;
    }

    /**
     * A change over the span the sentence has just told: 同期贫困发生率从14.5%降到3.3%, or 贫困人口从2013年底的
     * 10.92万人减少到2019年底的1.28万，贫困发生率从38.74%下降到4.25%. Its baseline takes the span's start,
     * its result (after 同期) the span's end; null when the sentence told no span.
     */
    Period sameSpan(String text, int clauseStart, FigureRuns.Place place, Period own) {
        boolean span = spanStart != null && spanEnd != null && !spanStart.equals(spanEnd);
        if (!span) {
            return null;
        }
        boolean sameSpan = SAME_SPAN.matcher(text).region(clauseStart, place.figure().start()).lookingAt();
        if (place.baseline() && own.period() == null) {
            return spanStart;
        }
        return sameSpan && place.result() ? spanEnd : null;
    }

    /** Remembers the indicator a figure of this unit was read as. */
    void remember(String unit, IndicatorMatch match) {
        if (match != null && !match.indicator().isFallback()) {
            lastByUnit.put(unit, match);
        }
    }

    private final Map<String, java.util.Optional<IndicatorMatch>> runMatches = new HashMap<>();

    /**
     * The cue match of a run of figures (14109户40779人) for a unit, computed once per run: the figures
     * of a run share their window, and a long run must not be searched once per figure.
     */
    IndicatorMatch runMatch(FigureRuns.Place place, int reach, String unit,
                            java.util.function.Supplier<IndicatorMatch> match) {
        String key = place.groupStart() + "|" + reach + "|" + place.windowStart() + "|" + unit;
        return runMatches.computeIfAbsent(key, k -> java.util.Optional.ofNullable(match.get())).orElse(null);
    }

    /** Notes that a clause of the sentence held a figure of this unit. */
    void seen(String unit) {
        seenUnits.add(unit);
    }

    /** Whether an earlier clause of the sentence held a figure of this unit (a total that 其中 may split). */
    boolean hasSeen(String unit) {
        return seenUnits.contains(unit);
    }

    /** The indicator an earlier figure of this unit was read as in the sentence, or null. */
    IndicatorMatch earlier(String unit) {
        return lastByUnit.get(unit);
    }

    /**
     * The earlier clause's indicator, when the text before this figure in its clause only continues
     * that statement (a time, a region, adverbs, a verb of level), else null.
     */
    IndicatorMatch carried(String text, int from, int figureStart, int figureEnd, String unit,
                           List<RegionMention> mentions) {
        IndicatorMatch last = lastByUnit.get(unit);
        if (last == null || from >= figureStart) { // the prefix of the run, not of its later figures
            return null;
        }
        String before = masked(text, from, figureStart, mentions).strip();
        boolean ends = CONTINUED_END.matcher(text.substring(figureEnd, Math.min(text.length(), figureEnd + 2))).find();
        boolean part = !"stock".equals(last.indicator().kind()) && PART.matcher(before).matches();
        boolean continues = !before.isEmpty() && ends && CONTINUATION.matcher(before).matches()
                || "rate".equals(last.indicator().kind()) && RAISED_BY.matcher(before).matches()
                || part
                || isPoorFamily(last) && LIFTING_VERB.matcher(before).find();
        return continues ? last : null;
    }

    private static final Pattern RISE_BY = Pattern.compile("(?:增加|增长|提高|上升|多)了?$");
    private static final Pattern RISE_TO = Pattern.compile("(?:到|至|为)了?$");

    static boolean isPoorFamily(IndicatorMatch m) {
        String key = m.indicator().key();
        return key.startsWith("poor_") && !key.equals("poor_villages") && !key.equals("poor_villages_exited")
                || key.startsWith("remaining_poor_");
    }

    /** 较2014年增加5200元: the words before the figure say by how much it rose (not to what). */
    static boolean raisesBy(String text, int figureStart) {
        String before = text.substring(Math.max(0, figureStart - 12), figureStart);
        return RISE_BY.matcher(before).find() && !RISE_TO.matcher(before).find();
    }

    /** 减少85.95万人: the verb before the figure says people were lifted (not 减少到). */
    static boolean liftsBefore(String text, int figureStart) {
        String before = text.substring(Math.max(0, figureStart - 6), figureStart);
        return LIFTING_VERB.matcher(before).find();
    }

    /** The text with every region mention in it replaced by Ⓡ marks. */
    static String masked(String text, int from, int to, List<RegionMention> mentions) {
        StringBuilder b = new StringBuilder(text.substring(from, to));
        for (RegionMention m : io.tuopin.nlp.domain.Positions.within(mentions, from, to, RegionMention::start)) {
            if (m.end() <= to) {
                for (int i = m.start(); i < m.end(); i++) {
                    b.setCharAt(i - from, REGION);
                }
            }
        }
        return b.toString();
    }
}
