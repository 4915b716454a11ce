package io.tuopin.gateway.rest;

import io.tuopin.events.validation.Formats;
import java.util.regex.Pattern;

/**
 * Checks of the gateway's own parameters at the edge (paging, search text, flags, tokens, format, period
 * order); the shared formats (region codes, article ids, indicators, periods, levels) are Bean Validation
 * constraints from {@code io.tuopin.events.validation} on the resource methods. Each failure says which
 * parameter and why.
 */
final class RequestParams {
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_PAGE = 100_000;
    static final int MAX_QUERY_LENGTH = 64;

    /** A list's next token as metrics-service makes it: base64url, short. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private RequestParams() {
    }

    /** A blank parameter is an absent one. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value;
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
            throw ProblemException.invalidParameter(name, name + " must be true or false, got " + Formats.echo(value));
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
                    + Formats.echo(value));
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
                throw ProblemException.invalidParameter("format", "format must be csv or json, got " + Formats.echo(format));
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
                + ", got " + Formats.echo(value));
    }

    private static boolean absent(String value) {
        return value == null || value.isEmpty();
    }
}
