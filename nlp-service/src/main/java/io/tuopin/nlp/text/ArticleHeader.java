package io.tuopin.nlp.text;

import io.tuopin.nlp.pattern.PrefixedPattern;
import io.tuopin.nlp.time.IsoDates;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, publication date, source and author from the lines of a cleaned (simplified)
 * article: a dateline such as {@code 2020年10月15日 15:32 来源: 延边日报}, a breadcrumb ending in the
 * title, bylines such as {@code 记者 王晶晶}. A line holding only a date (and a byline) is a dateline too:
 * {@code （2020年12月10日）}, {@code 2020年9月8日 记者 韦海燕}; a body sentence that starts with a date is not.
 */
final class ArticleHeader {
    private static final Pattern DATE = Pattern.compile("(20\\d{2}|19\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})");
    /** A line that holds only a date, perhaps bracketed, with a time and a short byline: （2020年12月10日）. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\s\u3000]*[（(【\\[]?[\\s\u3000]*" + DATE.pattern() + "日?[\\s\u3000]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?"
                    + "[\\s\u3000]*[)）】\\]]?(?:[\\s\u3000]+[^，。；！？,;!?]{0,30})?[\\s\u3000]*$");
    private static final Pattern HEADER_HINT = Pattern.compile("来源|发布|时间|日期|\\d{1,2}:\\d{2}|>");
    private static final Pattern SOURCE = Pattern.compile("来源\\s*[:：]\\s*([^\\s|｜/]{2,24})");
    private static final PrefixedPattern AUTHOR = PrefixedPattern.compile(
            "(?:记者|作者|撰稿|通讯员|文/|文:|文：)\\s*[:：]?\\s*([\\p{IsHan}]{2,3})(?=$|[\\s)）,，。、|])", "记作撰通文");
    private static final PrefixedPattern CONTRIBUTOR = PrefixedPattern.compile("[（(]([\\p{IsHan}]{2,20})供稿[)）]", "（(");
    private static final Pattern TIME_OR_SOURCE = Pattern.compile("来源\\s*[:：].*|(20|19)\\d{2}\\s*[年\\-/.].*$");
    /** A short header line with a full date and no sentence in it: 扶贫参考·周刊 2016年第27期 2016年7月29日. */
    private static final Pattern STATEMENT_PUNCT = Pattern.compile("[，。；！？,;!?]");
    private static final int HEADER_LINE_MAX = 80;
    private static final int HEAD_LINES = 24;
    private static final int TAIL_LINES = 3;
    private static final int TITLE_MIN = 4;
    private static final int TITLE_MAX = 60;

    /** Where the title was found: in a line of its own (kept) or inside a chrome line (to be restored). */
    record Title(String text, Line line, int offsetInLine) {
    }

    /** The date of a header line near the top, else of a closing dateline (a signed report: 2020年12月10日). */
    String publishedAt(List<Line> lines) {
        for (Line line : head(lines)) {
            String text = line.text();
            int year = firstYear(text);
            if (year < 0) {
                continue; // no date: neither a dated header line nor a dateline
            }
            Matcher m = DATE.matcher(text);
            boolean found = m.find(year);
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

    /**
     * Where the first 19xx or 20xx stands, -1 for none: every match of {@link #DATE} starts at one, and
     * looking for it is much cheaper than the regex's attempt at every position of a long line.
     */
    private static int firstYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '2' || c == '1') && text.charAt(i + 1) == (c == '2' ? '0' : '9')
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
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
        return IsoDates.of(Integer.parseInt(m.group(1)), month, day);
    }

    String source(List<Line> lines) {
        for (Line line : head(lines)) {
            Matcher m = SOURCE.matcher(line.text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A reporter (记者 王晶晶), else the contributing office ((汾西县扶贫办供稿)). */
    String author(List<Line> lines) {
        for (PrefixedPattern p : List.of(AUTHOR, CONTRIBUTOR)) {
            for (Line line : lines) {
                PrefixedPattern.Finder m = p.finder(line.text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** The breadcrumb's last segment, else the first line that looks like a headline. */
    Title title(List<Line> lines, ChromeFilter chrome) {
        for (Line line : head(lines)) {
            Title crumb = fromBreadcrumb(line);
            if (crumb != null) {
                return crumb;
            }
        }
        for (Line line : head(lines)) {
            String t = line.text().strip();
            if (t.length() >= TITLE_MIN && t.length() <= TITLE_MAX && !chrome.isChrome(t) && t.indexOf('>') < 0
                    && Chars.SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0 && !Character.isDigit(t.charAt(0))) {
                return new Title(t, line, line.text().indexOf(t));
            }
        }
        return null;
    }

    private static Title fromBreadcrumb(Line line) {
        String text = line.text();
        int sep = Math.max(text.lastIndexOf(">>"), text.lastIndexOf('>'));
        if (sep < 0) {
            return null;
        }
        String tail = TIME_OR_SOURCE.matcher(text.substring(sep + 1)).replaceFirst("");
        String best = null;
        for (String token : tail.trim().split("\\s+")) {
            if (token.length() >= 6 && (best == null || token.length() > best.length())) {
                best = token;
            }
        }
        return best == null ? null : new Title(best, line, text.indexOf(best, sep));
    }

    private static List<Line> head(List<Line> lines) {
        return lines.subList(0, Math.min(lines.size(), HEAD_LINES));
    }
}
