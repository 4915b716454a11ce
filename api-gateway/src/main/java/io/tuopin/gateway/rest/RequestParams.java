package io.tuopin.gateway.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of every query and path parameter at the edge; each failure says which parameter and why. */
final class RequestParams {
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_PAGE = 100_000;
    static final int MAX_QUERY_LENGTH = 64;

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** A list's next token as metrics-service makes it: base64url, short. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final Set<String> LEVELS = Set.of("province", "prefecture", "county", "township", "village");

    private RequestParams() {
    }

    static String regionCode(String name, String value, boolean required) {
        if (absent(value)) {
            return requireIf(required, name);
        }
        if (!REGION_CODE.matcher(value).matches()) {
            throw ProblemException.invalidParameter(name, name + " must be a region code of 6 digits (GB/T 2260), 9 (township)"
                    + " or 12 (village), got "
                    + quote(value));
        }
        return value;
    }

    static String articleId(String value) {
        if (absent(value) || !ARTICLE_ID.matcher(value).matches()) {
            throw ProblemException.invalidParameter("id", "id must be an article id of 32 lowercase hex digits, got "
                    + quote(value));
        }
        return value;
    }

    /** One indicator key, or several separated by commas when {@code several} is allowed. */
    static String indicator(String value, boolean several) {
        if (absent(value)) {
            return null;
        }
        String[] keys = several ? value.split(",", -1) : new String[] {value};
        for (String key : keys) {
            if (!INDICATOR.matcher(key).matches()) {
                throw ProblemException.invalidParameter("indicator", "indicator must be an indicator key such as "
                        + "poverty_incidence (lowercase letters, digits, _)" + (several ? ", or several separated by commas" : "")
                        + ", got " + quote(value));
            }
        }
        return value;
    }

    static String level(String value) {
        if (absent(value)) {
            return null;
        }
        if (!LEVELS.contains(value)) {
            throw ProblemException.invalidParameter("level", "level must be one of province, prefecture, county, township, "
                    + "village, got " + quote(value));
        }
        return value;
    }

    static String text(String name, String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.invalidParameter(name, name + " must not be blank");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidParameter(name, name + " must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidParameter(name, name + " must not contain control characters");
        }
        return stripped;
    }

    static Boolean flag(String name, String value) {
        if (absent(value)) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ProblemException.invalidParameter(name, name + " must be true or false, got " + quote(value));
        }
        return Boolean.valueOf(value);
    }

    static Integer page(String value) {
        return bounded("page", value, 0, MAX_PAGE);
    }

    static Integer size(String value) {
        return bounded("size", value, 1, MAX_PAGE_SIZE);
    }

    /** The {@code next} token of an earlier page, or null. */
    static String token(String name, String value) {
        if (absent(value)) {
            return null;
        }
        if (!TOKEN.matcher(value).matches()) {
            throw ProblemException.invalidParameter(name, name + " must be the next token of an earlier page, got "
                    + quote(value));
        }
        return value;
    }

    /** A period bound: YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
    static String period(String name, String value) {
        if (absent(value)) {
            return null;
        }
        if (!PERIOD.matcher(value).matches() || !realDate(value)) {
            throw ProblemException.invalidParameter(name, name + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "
                    + quote(value));
        }
        return value;
    }

    /** from must not come after to; periods of different precision compare on their common prefix. */
    static void ordered(String from, String to) {
        if (from == null || to == null) {
            return;
        }
        int common = Math.min(from.length(), to.length());
        if (from.substring(0, common).compareTo(to.substring(0, common)) > 0) {
            throw ProblemException.invalidParameter("from", "from (" + from + ") must not be after to (" + to + ")");
        }
    }

    static boolean csvWanted(String format, String accept) {
        if (!absent(format)) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw ProblemException.invalidParameter("format", "format must be csv or json, got " + quote(format));
            }
            return format.equals("csv");
        }
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json");
    }

    private static Integer bounded(String name, String value, int min, int max) {
        if (absent(value)) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the same message as an out-of-range number
        }
        throw ProblemException.invalidParameter(name, name + " must be a whole number between " + min + " and " + max
                + ", got " + quote(value));
    }

    private static boolean realDate(String value) {
        try {
            if (value.length() == 7) {
                YearMonth.parse(value);
            } else if (value.length() == 10) {
                LocalDate.parse(value);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String requireIf(boolean required, String name) {
        if (required) {
            throw ProblemException.invalidParameter(name, name + " is required");
        }
        return null;
    }

    private static boolean absent(String value) {
        return value == null || value.isEmpty();
    }

    /** Echoes a rejected value safely: shortened, and as JSON-like quoted text (never interpreted). */
    private static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"";
    }
}
