package io.tuopin.nlp.metric;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.document.DocumentTopics;
import io.tuopin.nlp.document.Scope;
import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.RecognizedQuantity;
import io.tuopin.nlp.pattern.PrefixedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The region a figure is about: a region named (or pointed at: 全县, 全村) in its clause before it,
 * not as the object of 与/对/向/为/帮扶…, nor as a donor (宁波…援建资金 in a story about 汪清); else the
 * nearest mention earlier in the sentence that heads its clause (汾西县位于临汾市北部,辖… counts for 汾西县,
 * not 临汾市) and is not one of a list; else the region in focus where the sentence stands (the
 * topic of its paragraph, section or article: {@link DocumentTopics}). The country's figures (全国)
 * and totals over a group of counties (南疆22个深度贫困县的…) belong to no region.
 */
final class RegionAttributor {
    private static final Pattern RELATIONAL_BEFORE = Pattern.compile(
            "(?:与|和|同|向|对|为|给|帮扶|对口|协作|赴|到|位于|来自|比|及|跟|联合|支援|援助|占)$");
    /** 南疆22个深度贫困县的6.89万户, 全省10个深度贫困县共有…: a total over a group of counties. */
    private static final PrefixedPattern GROUP = PrefixedPattern.compile(
            "(?<![从自])[\\d一二三四五六七八九十两]+个[^，。；\\d]{0,8}?(?:县|县区|县市|区县|市县|州|地州|县（[市区、]+）)"
                    + "(?:的|中|里|共|共有|合计|累计|有)[^，。；\\d]{0,12}$", "0123456789一二三四五六七八九十两");
    private static final Pattern AID = Pattern.compile("援|对口|帮扶|捐|支援|协作");
    private static final Pattern JOINER = Pattern.compile("[、和及与]?");
    /** 与 is left out: in 青石县与石门县签订协议 the first is the subject, not one of a list. */
    private static final String LIST_JOINERS = "、和及";
    private static final Pattern SUBSET = Pattern.compile("^\\s*其中\\s*$");
    private static final Pattern HEAD_PREFIX = Pattern.compile("^[\\d０-９年月日底末初至截止到在据全其中共累计目前今去前当\\s]*$");
    private static final int GROUP_REACH = 30;
    private static final int LIST_TO_RESPECTIVELY = 12;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** 三县市2014年共有…, 这两县…: a clause whose subject is a number of counties. */
    private static final Pattern COUNTED_COUNTIES = Pattern.compile(
            "^\\s*(?:这|上述|以上|全市|全州|全省)?[两二三四五六七八九十]{1,2}(?:县市区|县市|县区|区县|市县|县|地州|市州)(?![城委政级长乡镇])");
    /** How many mentions before a figure are looked at (a clause names few regions). */
    private static final int LOOK_BACK = 24;
    private static final int HEAD_REACH = 40;

    /**
     * @param national   true when the figure belongs to no region: the country's (全国), or a group of counties'
     * @param scopeStart where the region's own statement begins in the clause: after 其中妈姑镇, whose
     *                   figure is the township's own, not a subset of the preceding total
     */
    record Attribution(RegionInfo region, boolean inferred, int scopeStart, boolean national) {
        Attribution(RegionInfo region, boolean inferred, int scopeStart) {
            this(region, inferred, scopeStart, false);
        }
    }

    private RegionAttributor() {
    }

    static Attribution attribute(String text, DocumentTopics topics, int sentenceStart, int clauseStart,
                                 int figureStart) {
        if (topics.isNational(clauseStart, figureStart) || isGroupTotal(text, clauseStart, figureStart)) {
            return new Attribution(null, false, clauseStart, true);
        }
        Scope focus = topics.focusAt(sentenceStart);
        List<RegionMention> mentions = topics.mentions();
        int end = Positions.firstAtOrAfter(mentions, figureStart, RegionMention::start);
        RegionMention heading = null;
        for (int i = end - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
            RegionMention m = mentions.get(i);
            if (m.start() < sentenceStart) {
                break;
            }
            if (m.region() == null || m.end() > figureStart) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            if (m.start() >= clauseStart) {
                // 全乡只有A村和B村两个行政村: a figure after a list counts the list, not one of its members
                if (!RELATIONAL_BEFORE.matcher(before).find() && !isDonor(text, topics, focus, m, figureStart)
                        && !isListed(text, mentions, i)) {
                    boolean subset = SUBSET.matcher(text.substring(clauseStart, m.start())).matches();
                    return new Attribution(m.region(), false, subset ? m.end() : clauseStart);
                }
            } else if (heading == null && !isListed(text, mentions, i) && headsClause(text, mentions, i)) {
                heading = m;
            }
        }
        if (heading != null) {
            return new Attribution(heading.region(), false, clauseStart);
        }
        return new Attribution(focus.region(), true, clauseStart, focus.national());
    }

    /** A figure that sums a group of counties (no single region of the gazetteer): 南疆22个深度贫困县的…, 三县市共有…. */
    private static boolean isGroupTotal(String text, int clauseStart, int figureStart) {
        int from = Math.max(clauseStart, figureStart - GROUP_REACH);
        return holdsCount(text, from, figureStart) && GROUP.occursIn(text.substring(from, figureStart))
                || COUNTED_COUNTIES.matcher(text).region(clauseStart, figureStart).lookingAt();
    }

    /** Every GROUP match holds 个: most windows have none and need no search. */
    private static boolean holdsCount(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '个') {
                return true;
            }
        }
        return false;
    }

    /**
     * 三年来宁波累计投入援建资金9753.3万元 in a story about 汪清: a region that gives aid to the one in
     * focus is not what the figure is about.
     */
    private static boolean isDonor(String text, DocumentTopics topics, Scope focus, RegionMention m, int figureStart) {
        if (!focus.isRegion() || topics.tree().isWithin(m.region(), focus.region())
                || topics.tree().isWithin(focus.region(), m.region())) {
            return false;
        }
        return AID.matcher(text.substring(m.end(), figureStart)).find();
    }

    /** Whether the i-th mention is one of several regions joined by 、/和/及 (a list, not one subject). */
    private static boolean isListed(String text, List<RegionMention> mentions, int i) {
        RegionMention m = mentions.get(i);
        RegionMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        RegionMention previous = i > 0 ? mentions.get(i - 1) : null;
        boolean beforeOther = next != null && next.region() != null && !Objects.equals(next.region(), m.region())
                && next.start() - m.end() == 1 && LIST_JOINERS.indexOf(text.charAt(m.end())) >= 0;
        boolean afterOther = previous != null && previous.region() != null
                && !Objects.equals(previous.region(), m.region())
                && m.start() - previous.end() == 1 && LIST_JOINERS.indexOf(text.charAt(previous.end())) >= 0;
        return beforeOther || afterOther;
    }

    /** The mention heads its clause, alone or right after another region (沂水县诸葛镇). */
    private static boolean headsClause(String text, List<RegionMention> mentions, int i) {
        RegionMention m = mentions.get(i);
        int start = m.start();
        int limit = Math.max(0, start - HEAD_REACH);
        while (start > limit && !Clauses.isBoundary(text.charAt(start - 1))) {
            start--;
        }
        boolean atStart = start == 0 || Clauses.isBoundary(text.charAt(start - 1));
        if (atStart && HEAD_PREFIX.matcher(text.substring(start, m.start())).matches()) {
            return true;
        }
        return i > 0 && mentions.get(i - 1).end() == m.start() && headsClause(text, mentions, i - 1);
    }

    /**
     * 甘州区、临泽县和高台县分别减贫1200人、800人、600人: the k-th region named before 分别 takes the
     * k-th figure after it (or the k-th run of figures, when each region has as many). Keyed by the
     * figure's start; empty when the counts do not fit.
     */
    static Map<Integer, RegionInfo> respectively(String text, RegionAnalysis regions, Span clause,
                                                 List<RecognizedQuantity> figures) {
        int marker = Respectively.marker(text, clause);
        if (marker < 0) {
            return Map.of();
        }
        List<RegionInfo> named = enumeration(text, regions, clause.start(), marker).stream()
                .map(RegionMention::region).toList();
        return Respectively.inTurn(named, figures.stream().map(RecognizedQuantity::start).filter(s -> s > marker).toList());
    }

    /** The regions listed just before {@code end}, joined by 、/和/及/与. */
    private static List<RegionMention> enumeration(String text, RegionAnalysis regions, int start, int end) {
        List<RegionMention> listed = new ArrayList<>();
        for (RegionMention m : Positions.within(regions.mentions(), start, end, RegionMention::start)) {
            if (m.region() == null || m.end() > end) {
                continue;
            }
            if (!listed.isEmpty() && !JOINER.matcher(text.substring(listed.get(listed.size() - 1).end(), m.start())).matches()) {
                listed.clear();
            }
            listed.add(m);
        }
        // 甘州区、临泽县分别…, or with the indicator between: 英山县、罗田县贫困发生率分别降至…
        int gap = listed.isEmpty() ? Integer.MAX_VALUE : end - listed.get(listed.size() - 1).end();
        boolean near = gap <= LIST_TO_RESPECTIVELY && !DIGIT.matcher(text.substring(end - gap, end)).find();
        return near ? listed : List.of();
    }
}
