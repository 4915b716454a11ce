package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.time.WrittenDate;
import java.util.List;

/**
 * The period of a figure: the nearest date before it in its sentence; else a cut-off (截至…) earlier
 * in the paragraph; else none. In 由2014年的10.3%降至0.4% the 2014 belongs to the first figure only,
 * and the first figure of a change (从32.4%下降到0.4%) takes no other date: it is the baseline.
 */
final class PeriodResolver {
    private PeriodResolver() {
    }

    /** Dates with a value; a month without a year dates figures only as a cut-off (截至3月底). */
    static List<WrittenDate> datingFigures(List<WrittenDate> dates) {
        return dates.stream().filter(d -> d.value() != null && (!d.yearless() || d.cutoff())).toList();
    }

    /**
     * @param dates every date of the article, in text order ({@link DateFinder#find} over the whole text)
     */
    static Period resolve(String text, List<WrittenDate> dates, Span sentence, Span paragraph, int figureStart,
                          int previousFigureEnd, boolean baseline) {
        List<WrittenDate> inSentence = between(dates, sentence.start(), figureStart);
        int statementStart = lastSemicolon(text, sentence.start(), figureStart);
        for (int i = inSentence.size() - 1; i >= 0; i--) {
            WrittenDate d = inSentence.get(i);
            if (d.end() <= statementStart && !d.cutoff()) {
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
        if (!baseline && paragraph != null && paragraph.start() < sentence.start()) {
            List<WrittenDate> earlier = between(dates, paragraph.start(), sentence.start());
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (earlier.get(i).cutoff()) {
                    return new Period(earlier.get(i).period(), earlier.get(i).rangeStart());
                }
            }
        }
        return Period.NONE;
    }

    /** A semicolon starts a new statement: an ordinary date before it does not carry over (a cut-off does). */
    private static int lastSemicolon(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == '；' || text.charAt(i) == ';') {
                return i;
            }
        }
        return from;
    }

    private static List<WrittenDate> between(List<WrittenDate> dates, int from, int to) {
        return dates.stream().filter(d -> d.start() >= from && d.end() <= to).toList();
    }
}
