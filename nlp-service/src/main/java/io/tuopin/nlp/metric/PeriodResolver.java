package io.tuopin.nlp.metric;

import io.tuopin.nlp.pattern.PrefixedPattern;
import io.tuopin.nlp.document.Block;
import io.tuopin.nlp.document.BlockKind;
import io.tuopin.nlp.document.DocumentOutline;
import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.time.WrittenDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a figure, from the dates that govern where it stands, nearest first:
 * <ol>
 *   <li>the nearest date before it in its sentence (a date after a semicolon's start of a new
 *       statement does not carry over, unless it opens the sentence or is a cut-off 截至…);</li>
 *   <li>a word that points back at a year (当年, 这一年, 全年, 年末, 至此): the latest date before it in
 *       its paragraph, else the document's year;</li>
 *   <li>a cut-off (截至…) earlier in its paragraph;</li>
 *   <li>a date that opens an earlier sentence of the paragraph (2018年是…最繁重的一年。全省…);</li>
 *   <li>for an item of a list, the date of the line that introduces the list (2016年底，各县贫困人口：);</li>
 *   <li>the year the headline names (清水县2018年脱贫攻坚统计监测公报).</li>
 * </ol>
 * In 由2014年的10.3%降至0.4% the 2014 belongs to the first figure only, and the first figure of a
 * change (从32.4%下降到0.4%) takes no other date: it is the baseline.
 */
final class PeriodResolver {
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})年");
    private static final PrefixedPattern YEAR_ANAPHOR = PrefixedPattern.compile(
            "这一年|这年|当年|同年|同一年|那一年|全年|(?<![\\d年])年末|(?<![\\d年])年底|年内|至此", "这当同那全年至");
    /** How many earlier dates are looked at, and how far back a word pointing at a year is sought. */
    private static final int LOOK_BACK = 12;
    private static final int REACH = 60;
    private static final int MAX_SPAN_YEARS = 12;
    private static final String LIST_JOINERS = "、和及与";
    private static final String OPENING_NOISE = " \u3000，,、“”\"";

    private final String text;
    private final List<WrittenDate> dates;
    private final List<WrittenDate> allDates;
    private final DocumentOutline outline;
    private final Period documentYear;
    private final Period publicationYear;

    /**
     * @param allDates every date of the article, those without a year (11月14日) read in the publication year
     */
    PeriodResolver(String text, List<WrittenDate> allDates, DocumentOutline outline, String title, String publishedAt) {
        this.text = text;
        this.allDates = allDates.stream().filter(d -> d.value() != null).toList();
        this.dates = datingFigures(allDates);
        Integer year = io.tuopin.nlp.time.DateFinder.year(publishedAt);
        this.publicationYear = year == null ? Period.NONE : new Period(year.toString(), null);
        this.outline = outline;
        Matcher m = title == null ? null : YEAR_IN_TITLE.matcher(title);
        this.documentYear = m != null && m.find() ? new Period(m.group(1), null) : Period.NONE;
    }

    /** Dates with a value; a month without a year dates figures only as a cut-off (截至3月底). */
    static List<WrittenDate> datingFigures(List<WrittenDate> dates) {
        return dates.stream().filter(d -> d.value() != null && (!d.yearless() || d.cutoff())).toList();
    }

    Period resolve(Span sentence, Span paragraph, int figureStart, int previousFigureEnd, boolean baseline) {
        Period own = inSentence(sentence, figureStart, previousFigureEnd, baseline);
        if (own != null) {
            return own;
        }
        if (baseline) {
            return Period.NONE;
        }
        Period pointed = yearAnaphor(sentence, paragraph, figureStart);
        if (pointed != null) {
            return pointed;
        }
        Period governing = governing(sentence, paragraph);
        return governing != null ? governing : documentYear;
    }

    /** The nearest date before the figure in its sentence; NONE for a baseline without its own; null when none. */
    private Period inSentence(Span sentence, int figureStart, int previousFigureEnd, boolean baseline) {
        List<WrittenDate> inSentence = between(sentence.start(), figureStart);
        int statementStart = lastSemicolon(sentence.start(), figureStart);
        for (int i = inSentence.size() - 1; i >= Math.max(0, inSentence.size() - LOOK_BACK); i--) {
            WrittenDate d = inSentence.get(i);
            if (d.end() <= statementStart && !d.cutoff() && !opens(sentence, d) || isComparisonBase(d)) {
                continue;
            }
            if (d.from() && d.end() < previousFigureEnd) {
                continue;
            }
            if (baseline && !(d.from() && d.end() >= previousFigureEnd)) {
                return Period.NONE;
            }
            return d.since() ? new Period(null, d.value()) : new Period(d.period(), d.rangeStart());
        }
        return null;
    }

    /**
     * 2015年至2018年，全区分别减贫2.6万人、3.1万人、2.9万人、2.2万人: each year of a span (or of a list of
     * years) named before 分别 in the sentence takes its figures in turn (the k-th, or the k-th run when
     * each year has as many). Keyed by the figure's start; empty when the counts do not fit.
     */
    Map<Integer, Period> respectively(Span sentence, Span clause, List<Integer> figureStarts) {
        int marker = Respectively.marker(text, clause);
        if (marker < 0) {
            return Map.of();
        }
        List<Period> years = yearsBefore(sentence.start(), marker).stream().map(y -> new Period(y, null)).toList();
        return Respectively.inTurn(years, figureStarts.stream().filter(s -> s > marker).toList());
    }

    /** The years of the last span (2015年至2018年) or list of years (2017年、2018年) before {@code end}. */
    private List<String> yearsBefore(int from, int end) {
        List<WrittenDate> before = between(from, end);
        if (before.isEmpty()) {
            return List.of();
        }
        WrittenDate last = before.get(before.size() - 1);
        if (isYear(last.rangeStart()) && isYear(last.period())) {
            int first = Integer.parseInt(last.rangeStart());
            int to = Integer.parseInt(last.period());
            List<String> years = new ArrayList<>();
            for (int y = first; y <= to && to - first < MAX_SPAN_YEARS; y++) {
                years.add(Integer.toString(y));
            }
            return years;
        }
        List<String> listed = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            WrittenDate d = before.get(i);
            boolean joined = listed.isEmpty() || d.end() + 1 == before.get(i + 1).start()
                    && LIST_JOINERS.indexOf(text.charAt(d.end())) >= 0;
            if (!joined || !isYear(d.period())) {
                break;
            }
            listed.add(0, d.period());
        }
        return listed;
    }

    private static boolean isYear(String period) {
        return period != null && period.length() == 4;
    }

    /**
     * 当年, 这一年, 全年, 年末, 至此 before the figure in its sentence: the year the text was speaking of,
     * the latest date before the word in its paragraph, else the headline's year, else the latest
     * date before it in the article (not a byline's date when the headline names the year).
     */
    private Period yearAnaphor(Span sentence, Span paragraph, int figureStart) {
        PrefixedPattern.Finder m = YEAR_ANAPHOR.finder(text, Math.max(sentence.start(), figureStart - REACH), figureStart);
        if (!m.find()) {
            return null;
        }
        int i = Positions.firstAtOrAfter(allDates, m.start(), WrittenDate::start) - 1;
        while (i >= 0 && allDates.get(i).end() > m.start()) {
            i--;
        }
        boolean inParagraph = i >= 0 && paragraph != null && allDates.get(i).start() >= paragraph.start();
        if (inParagraph || i >= 0 && documentYear.period() == null) {
            return new Period(allDates.get(i).period(), null);
        }
        return documentYear.period() != null ? documentYear : publicationYear;
    }

    /** A cut-off, or a date opening a sentence, earlier in the paragraph; else the date introducing a list. */
    private Period governing(Span sentence, Span paragraph) {
        if (paragraph != null && paragraph.start() < sentence.start()) {
            List<WrittenDate> earlier = between(paragraph.start(), sentence.start());
            for (int i = earlier.size() - 1; i >= Math.max(0, earlier.size() - LOOK_BACK); i--) {
                WrittenDate d = earlier.get(i);
                if (d.cutoff() || opensAnySentence(paragraph, d)) {
                    return d.since() ? new Period(null, d.value()) : new Period(d.period(), d.rangeStart());
                }
            }
        }
        return listIntroduction(sentence);
    }

    /** The date of the line that introduces the list this sentence is an item of (…：), or null. */
    private Period listIntroduction(Span sentence) {
        if (outline == null) {
            return null;
        }
        Block block = outline.at(sentence.start());
        if (block == null || block.kind() != BlockKind.LIST_ITEM) {
            return null;
        }
        int i = Positions.firstAtOrAfter(outline.blocks(), block.span().start(), b -> b.span().start());
        while (i > 0 && outline.blocks().get(i - 1).kind() == BlockKind.LIST_ITEM) {
            i--;
        }
        if (i == 0) {
            return null;
        }
        Span intro = outline.blocks().get(i - 1).span();
        String line = text.substring(intro.start(), intro.end()).strip();
        if (!line.endsWith("：") && !line.endsWith(":")) {
            return null;
        }
        List<WrittenDate> inIntro = between(intro.start(), intro.end());
        return inIntro.isEmpty() ? null : new Period(inIntro.get(0).period(), inIntro.get(0).rangeStart());
    }

    /** 较2014年增加5200元, 比上年提高2.1个百分点: the date a figure is compared with is not its own. */
    private boolean isComparisonBase(WrittenDate d) {
        int i = d.start();
        return i > 0 && (text.charAt(i - 1) == '较' || text.charAt(i - 1) == '比');
    }

    /** Whether the date opens its sentence (2017年，全县总人口…；全县有贫困村159个). */
    private boolean opens(Span sentence, WrittenDate d) {
        for (int i = sentence.start(); i < d.start(); i++) {
            if (OPENING_NOISE.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean opensAnySentence(Span paragraph, WrittenDate d) {
        int i = d.start() - 1;
        while (i >= paragraph.start() && OPENING_NOISE.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return (i < paragraph.start() || "。！？".indexOf(text.charAt(i)) >= 0) && !d.cutoff();
    }

    /** A semicolon starts a new statement: an ordinary date before it does not carry over (a cut-off does). */
    private int lastSemicolon(int from, int to) {
        int limit = Math.max(from, to - REACH * 4);
        for (int i = to - 1; i >= limit; i--) {
            if (text.charAt(i) == '；' || text.charAt(i) == ';') {
                return i;
            }
        }
        return limit;
    }

    /** The dating dates inside [from, to), as a view. */
    private List<WrittenDate> between(int from, int to) {
        List<WrittenDate> starting = Positions.within(dates, from, to, WrittenDate::start);
        int n = starting.size();
        while (n > 0 && starting.get(n - 1).end() > to) {
            n--;
        }
        return starting.subList(0, n);
    }
}
