package io.tuopin.nlp.time;

import java.util.ArrayList;
import java.util.List;
import io.tuopin.nlp.pattern.PrefixedPattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates and resolves them: 2020年10月15日, 2019年12月底 and 2019年底 (-> 2019-12), 2018年,
 * year ranges (2018至2020年), parts of a year (上半年, 第一季度), cut-offs (截至…), starts (…以来, 自…) and
 * baselines (由/从…的); relative years (今年, 去年底, 去年年底, 上年, 明年) and months without a year (3月底)
 * against the publication year, and none without one. Stateless and thread-safe.
 */
public final class DateFinder {
    /** A year, a year range or a relative year, as written inside a longer phrase (no groups). */
    public static final String YEAR_PHRASE = "(?:(?:19|20)\\d{2}(?:年?(?:至|到|-|—|－)(?:19|20)\\d{2})?年"
            + "|去年|今年|前年|上年|本年|明年)(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:年底|年末|底|末)?";
    private static final String PART = "(年底|年末|年初|底|末|初|中旬|上旬|下旬|上半年|下半年|(?:第?[一二三四1-4]|前三)季度)?";
    private static final PrefixedPattern DATE = PrefixedPattern.compile(
            "(?=[截至到去今前上本明当同\\d])(截至到|截止到|截至|截止|至|到)?"
                    + "(?:(?<![\\d.])((?:19|20)\\d{2})(?:年?(?:至|到|-|—|－)((?:19|20)\\d{2}))?年"
                    + "|(去年|今年|前年|上年|当年|本年|同年|明年))"
                    + "(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?" + PART + "(以来|来(?![源自]))?"
                    + "|(截至|截止|至|到)?(?<![\\d.年])(\\d{1,2})月(?:(\\d{1,2})日)?(底|末|初|中旬|上旬|下旬)?",
            "截至到去今前上本明当同0123456789");
    private static final int WINDOW_BEFORE = 16;
    private static final int WINDOW_AFTER = 10;

    /** Every date of {@code text} between {@code from} and {@code to}, in text order. */
    public List<WrittenDate> find(String text, int from, int to, String publishedAt) {
        Integer pubYear = year(publishedAt);
        List<WrittenDate> out = new ArrayList<>();
        String written = text;
        text = ChineseNumeralDates.fold(text);
        int searched = from;
        PrefixedPattern.Finder found = DATE.finder(text);
        // every date holds 年 or 月: search only around them (a plain scan of the whole text is slow)
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c != '年' && c != '月') || i < searched) {
                continue;
            }
            found.within(Math.max(searched, i - WINDOW_BEFORE), Math.min(to, i + WINDOW_AFTER));
            while (found.find()) {
                Matcher m = found.matcher();
                WrittenDate d = m.group(10) != null ? yearless(written, m, pubYear) : withYear(written, m, pubYear);
                if (d != null) {
                    out.add(d);
                }
                searched = Math.max(searched, m.end());
            }
            searched = Math.max(searched, i + 1);
        }
        return out;
    }

    /** Every date of the text, as an immutable list. */
    public List<WrittenDate> find(String text, String publishedAt) {
        return List.copyOf(find(text, 0, text.length(), publishedAt));
    }

    private static WrittenDate yearless(String text, Matcher m, Integer pubYear) {
        int month = Integer.parseInt(m.group(10));
        if (month < 1 || month > 12) {
            return null;
        }
        String value = pubYear == null ? null : value(pubYear, month, m.group(11));
        int dateStart = m.group(9) == null ? m.start() : m.end(9);
        return date(text, m, dateStart, m.end(), value, value, null, true, m.group(9) != null);
    }

    private static WrittenDate withYear(String text, Matcher m, Integer pubYear) {
        RelativeYear relative = RelativeYear.of(m.group(4));
        if (relative == RelativeYear.ANAPHORIC) {
            return null;
        }
        Integer year = relative == null ? Integer.valueOf(m.group(3) != null ? m.group(3) : m.group(2))
                : relative.resolve(pubYear);
        int dateStart = m.group(1) == null ? m.start() : m.end(1);
        int dateEnd = m.group(8) == null ? m.end() : m.start(8);
        if (year == null) {
            return date(text, m, dateStart, dateEnd, null, null, null, false, m.group(1) != null);
        }
        String month = m.group(5);
        YearPart part = YearPart.of(m.group(7), month != null);
        String value = month == null && part.month() > 0 ? value(year, part.month(), null)
                : value(year, month == null ? 0 : Integer.parseInt(month), m.group(6));
        String period = part.lastMonth() > 0 ? value(year, part.lastMonth(), null) : value;
        String rangeStart = part.firstMonth() > 0 ? value(year, part.firstMonth(), null) : m.group(3) == null ? null : m.group(2);
        return date(text, m, dateStart, dateEnd, value, period, rangeStart, false, m.group(1) != null);
    }

    private static WrittenDate date(String text, Matcher m, int dateStart, int dateEnd, String value, String period,
                                    String rangeStart, boolean yearless, boolean cutoff) {
        String before = m.start() > 0 ? text.substring(m.start() - 1, m.start()) : "";
        boolean from = ("由".equals(before) || "从".equals(before)) && text.startsWith("的", m.end());
        boolean since = m.group(8) != null || (!from && ("自".equals(before) || "从".equals(before)));
        return new WrittenDate(m.start(), m.end(), dateStart, dateEnd, value, period, rangeStart, yearless, cutoff,
                since, from);
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a month or day out of range is left out. */
    private static String value(int year, int month, String day) {
        if (month < 1 || month > 12) {
            return Integer.toString(year);
        }
        int dd = day == null ? 0 : Integer.parseInt(day);
        return dd < 1 || dd > 31 ? IsoDates.of(year, month) : IsoDates.of(year, month, dd);
    }

    /** The year of an ISO publication date, null when there is none. */
    public static Integer year(String publishedAt) {
        if (publishedAt == null || publishedAt.length() < 4) {
            return null;
        }
        try {
            return Integer.valueOf(publishedAt.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
