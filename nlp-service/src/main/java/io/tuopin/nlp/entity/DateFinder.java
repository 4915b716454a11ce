package io.tuopin.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with a normalised value: 2020年10月15日 -> 2020-10-15, 2019年12月底 -> 2019-12, 2018年 -> 2018;
 * 今年4月 and 去年 relative to the publication year (no value without one), 3月中旬 and 2月25日 in the
 * publication year.
 */
final class DateFinder {
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\d.])((?:19|20)\\d{2})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?(底|初|末|中旬|上旬|下旬|上半年|下半年)?"
                    + "|(今年|去年|前年|明年)(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?(底|初|末|中旬|上旬|下旬|上半年|下半年)?"
                    + "|(?<![\\d.年])(\\d{1,2})月(?:(\\d{1,2})日)?(底|初|末|中旬|上旬|下旬)?");

    List<TextEntity> find(String text, String publishedAt) {
        Integer pubYear = publishedAt == null || publishedAt.length() < 4 ? null : Integer.valueOf(publishedAt.substring(0, 4));
        List<TextEntity> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String value;
            if (m.group(1) != null) {
                value = value(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            } else if (m.group(5) != null) {
                value = pubYear == null ? null : value(pubYear + offset(m.group(5)), m.group(6), m.group(7));
            } else {
                if (!validMonth(m.group(9))) {
                    continue;
                }
                value = pubYear == null ? null : value(pubYear, m.group(9), m.group(10));
            }
            out.add(new TextEntity("date", m.start(), m.end(), m.group(), value));
        }
        return out;
    }

    private static boolean validMonth(String month) {
        int mm = Integer.parseInt(month);
        return mm >= 1 && mm <= 12;
    }

    private static int offset(String relative) {
        return switch (relative) {
            case "去年" -> -1;
            case "前年" -> -2;
            case "明年" -> 1;
            default -> 0;
        };
    }

    private static String value(int year, String month, String day) {
        if (month == null) {
            return Integer.toString(year);
        }
        int mm = Integer.parseInt(month);
        if (mm < 1 || mm > 12) {
            return Integer.toString(year);
        }
        if (day == null) {
            return String.format("%d-%02d", year, mm);
        }
        int dd = Integer.parseInt(day);
        return dd < 1 || dd > 31 ? String.format("%d-%02d", year, mm) : String.format("%d-%02d-%02d", year, mm, dd);
    }
}
