package io.tuopin.nlp.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds written dates (2019年12月底, 2018年, 去年, 今年4月, 3月底, 2019至2020年) and resolves them. */
final class DateFinder {
    private static final Pattern DATE = Pattern.compile(
            "(?=[截至到去今前上当本同0-9])(截至|截止到|截止|截至到|至|到)?(?:(\\d{4})(?:年?(?:至|到|-|—|－)(\\d{4}))?年|(去年|今年|前年|上年|当年|本年|同年))"
                    + "(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?(底|末|初|以来|来)?"
                    + "|(截至|截止|至|到)(\\d{1,2})月(\\d{1,2}日)?(底|末)?");
    private static final int WINDOW_BEFORE = 16;
    private static final int WINDOW_AFTER = 10;
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?:自|从)$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?:由|从)$");

    private DateFinder() {
    }

    static List<DateMention> find(String text, int from, int to, String publishedAt) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        int searched = from;
        // every date holds 年 or 月: search only around them (a plain scan of the whole text is slow)
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c != '年' && c != '月') || i < searched) {
                continue;
            }
            m.region(Math.max(searched, i - WINDOW_BEFORE), Math.min(to, i + WINDOW_AFTER));
            while (m.find()) {
                DateMention d = resolve(text, m, publishedAt);
                if (d != null) {
                    out.add(d);
                }
                searched = Math.max(searched, m.end());
            }
            searched = Math.max(searched, i + 1);
        }
        return out;
    }

    private static DateMention resolve(String text, Matcher m, String publishedAt) {
        Integer pubYear = year(publishedAt);
        if (m.group(8) != null) {
            if (pubYear == null) {
                return null;
            }
            int month = Integer.parseInt(m.group(9));
            return month < 1 || month > 12 ? null
                    : new DateMention(m.start(), m.end(), String.format("%d-%02d", pubYear, month), null, true, false, false);
        }
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : relativeYear(m.group(4), pubYear);
        if (year == null || year < 1949 || year > 2100) {
            return null;
        }
        String rangeStart = null;
        if (m.group(3) != null) {
            rangeStart = String.valueOf(year);
            year = Integer.valueOf(m.group(3));
        }
        String value = String.valueOf(year);
        if (m.group(5) != null) {
            int month = Integer.parseInt(m.group(5));
            if (month < 1 || month > 12) {
                return null;
            }
            value += String.format("-%02d", month);
            int day = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            if (day >= 1 && day <= 31) {
                value += String.format("-%02d", day);
            }
        }
        String suffix = m.group(7);
        boolean from = FROM_BEFORE.matcher(before(text, m.start())).find() && followedBy(text, m.end(), "的");
        boolean since = "以来".equals(suffix) || "来".equals(suffix)
                || (!from && SINCE_BEFORE.matcher(before(text, m.start())).find());
        return new DateMention(m.start(), m.end(), value, rangeStart, m.group(1) != null, since, from);
    }

    private static String before(String text, int pos) {
        return text.substring(Math.max(0, pos - 1), pos);
    }

    private static boolean followedBy(String text, int pos, String... words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) {
                return true;
            }
        }
        return false;
    }

    private static Integer relativeYear(String word, Integer pubYear) {
        if (word == null || pubYear == null) {
            return null;
        }
        return switch (word) {
            case "去年", "上年" -> pubYear - 1;
            case "前年" -> pubYear - 2;
            case "今年", "本年" -> pubYear;
            default -> null;
        };
    }

    static Integer year(String publishedAt) {
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
