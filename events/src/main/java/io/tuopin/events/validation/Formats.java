package io.tuopin.events.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one definition of the identifiers every service reads from a request or a record: region codes,
 * article ids, indicator keys, periods and region levels. Requests check them with the constraints of
 * this package ({@link RegionCode}, {@link ArticleId}, {@link IndicatorKey}, {@link IndicatorKeys},
 * {@link Period}, {@link RegionLevel}); records on a topic with the predicates here.
 */
public final class Formats {
    /** GB/T 2260 codes (6 digits, county and above), townships (9), villages (12). */
    public static final String REGION_CODE = "\\d{6}|\\d{9}|\\d{12}";
    /** {@code ArticleIds}: 32 lower-case hex digits. */
    public static final String ARTICLE_ID = "[0-9a-f]{32}";
    /** An indicator key such as {@code poverty_incidence}. */
    public static final String INDICATOR = "[a-z][a-z0-9_]{0,63}";
    /** A period: YYYY, YYYY-MM or YYYY-MM-DD. */
    public static final String PERIOD = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    public static final List<String> LEVELS = List.of("province", "prefecture", "county", "township", "village");
    /** The length of a village's code; only villages have one so long. */
    public static final int VILLAGE_CODE_LENGTH = 12;

    private static final Pattern REGION_CODE_PATTERN = Pattern.compile(REGION_CODE);
    private static final Pattern ARTICLE_ID_PATTERN = Pattern.compile(ARTICLE_ID);
    private static final Pattern INDICATOR_PATTERN = Pattern.compile(INDICATOR);
    private static final Pattern PERIOD_PATTERN = Pattern.compile(PERIOD);
    private static final int ECHO_LENGTH = 40;

    private Formats() {
    }

    public static boolean isRegionCode(String value) {
        return value != null && REGION_CODE_PATTERN.matcher(value).matches();
    }

    public static boolean isArticleId(String value) {
        return value != null && ARTICLE_ID_PATTERN.matcher(value).matches();
    }

    public static boolean isIndicator(String value) {
        return value != null && INDICATOR_PATTERN.matcher(value).matches();
    }

    /** One indicator key or several separated by commas (no empty one). */
    public static boolean isIndicatorList(String value) {
        return value != null && Arrays.stream(value.split(",", -1)).allMatch(Formats::isIndicator);
    }

    /** The form of a period, as records carry it (a record's period is checked for its form only). */
    public static boolean isPeriod(String value) {
        return value != null && PERIOD_PATTERN.matcher(value).matches();
    }

    /** A period of the right form that names a real year, month or day (no 2019-13, no 2019-02-30). */
    public static boolean isRealPeriod(String value) {
        if (!isPeriod(value)) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                    value.length() >= 7 ? Integer.parseInt(value.substring(5, 7)) : 1,
                    value.length() == 10 ? Integer.parseInt(value.substring(8, 10)) : 1);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public static boolean isLevel(String value) {
        return value != null && LEVELS.contains(value);
    }

    /**
     * A rejected value as an error message may show it: quoted, at most 40 characters, with markup and
     * control characters replaced by '?' (never interpreted by whoever displays the message).
     */
    public static String echo(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > ECHO_LENGTH ? value.substring(0, ECHO_LENGTH) + "…" : value;
        return "\"" + shown.replaceAll("[<>\"'&\\p{Cntrl}]", "?") + "\"";
    }
}
