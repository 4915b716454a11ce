package io.tuopin.nlp.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link ArticleHeader#publishedAt} as it was before its speed change, which looks for a year before
 * it runs the date expression (from there) and formats the date without String.format: the reference
 * for {@link ArticleHeaderAgreesWithReferenceTest}.
 */
final class ArticleHeaderReference {
    private static final Pattern DATE = Pattern.compile("(20\\d{2}|19\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})");
    /** A line that holds only a date, perhaps bracketed, with a time and a short byline: （2020年12月10日）. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\s\u3000]*[（(【\\[]?[\\s\u3000]*" + DATE.pattern() + "日?[\\s\u3000]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?"
                    + "[\\s\u3000]*[)）】\\]]?(?:[\\s\u3000]+[^，。；！？,;!?]{0,30})?[\\s\u3000]*$");
    private static final Pattern HEADER_HINT = Pattern.compile("来源|发布|时间|日期|\\d{1,2}:\\d{2}|>");
    private static final Pattern STATEMENT_PUNCT = Pattern.compile("[，。；！？,;!?]");
    private static final int HEADER_LINE_MAX = 80;
    private static final int HEAD_LINES = 24;
    private static final int TAIL_LINES = 3;

    /** The date of a header line near the top, else of a closing dateline (a signed report: 2020年12月10日). */
    String publishedAt(List<Line> lines) {
        for (Line line : head(lines)) {
            String text = line.text();
            Matcher m = DATE.matcher(text);
            boolean found = m.find();
            if (found && (HEADER_HINT.matcher(text).find() || isHeaderLine(text))) {
                return iso(m);
            }
            Matcher dateline = DATELINE.matcher(text);
            if (dateline.matches()) {
                return iso(dateline);
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - TAIL_LINES); i--) {
            Matcher dateline = DATELINE.matcher(lines.get(i).text());
            if (dateline.matches()) {
                return iso(dateline);
            }
        }
        return null;
    }

    private static boolean isHeaderLine(String text) {
        return text.length() <= HEADER_LINE_MAX && !STATEMENT_PUNCT.matcher(text).find();
    }

    static String iso(Matcher m) {
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return String.format("%d-%02d-%02d", Integer.parseInt(m.group(1)), month, day);
    }

    private static List<Line> head(List<Line> lines) {
        return lines.subList(0, Math.min(lines.size(), HEAD_LINES));
    }
}
