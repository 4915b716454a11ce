package io.tuopin.metrics.rest;

import io.tuopin.metrics.config.MetricsConfig;
import io.tuopin.metrics.repository.ArticleRepository.ListPosition;
import io.tuopin.metrics.service.ArticleCursor;
import io.tuopin.metrics.service.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates query and path parameters. Parameters arrive as strings so that a malformed number is
 * a 400 with a reason rather than the framework's bare 404. Free text is limited to letters,
 * digits, spaces, '·' and '-', which covers every region name and keeps markup and SQL out.
 */
@ApplicationScoped
public class RequestParams {
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N} ·\\-]+");
    private static final Set<String> LEVELS = Set.of("province", "prefecture", "county", "township", "village");
    private static final int MAX_TEXT = 50;
    private static final int MAX_PAGE = 1_000_000;
    /** Offset pages of article lists end here; deeper pages are read by key ({@code after=}). */
    public static final int MAX_OFFSET = 10_000;

    @Inject
    MetricsConfig config;

    public String code(String name, String value) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidInputException(name + " must be a region code of 6, 9 or 12 digits, got '"
                    + shorten(value) + "'");
        }
        return value;
    }

    public String optionalCode(String name, String value) {
        return blank(value) ? null : code(name, value);
    }

    public String articleId(String value) {
        if (value == null || !ARTICLE_ID.matcher(value).matches()) {
            throw new InvalidInputException("article id must be 32 lower-case hex digits, got '" + shorten(value) + "'");
        }
        return value;
    }

    public String indicator(String value) {
        if (blank(value)) {
            return null;
        }
        if (!INDICATOR.matcher(value).matches()) {
            throw new InvalidInputException("indicator must be a lower-case key such as poor_population, got '"
                    + shorten(value) + "'");
        }
        return value;
    }

    public String level(String value) {
        if (blank(value)) {
            return null;
        }
        if (!LEVELS.contains(value)) {
            throw new InvalidInputException("level must be one of province, prefecture, county, township, village");
        }
        return value;
    }

    public String text(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("q must not be longer than " + MAX_TEXT + " characters");
        }
        if (!TEXT.matcher(text).matches()) {
            throw new InvalidInputException("q may contain only letters, digits, spaces, '·' and '-'");
        }
        return text;
    }

    public boolean flag(String name, String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(name + " must be true or false");
        };
    }

    /** A period bound: YYYY, YYYY-MM or YYYY-MM-DD naming a real date. */
    public String period(String name, String value) {
        if (blank(value)) {
            return null;
        }
        var matcher = PERIOD.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidInputException(name + " must be YYYY, YYYY-MM or YYYY-MM-DD, got '" + shorten(value) + "'");
        }
        try {
            LocalDate.of(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw new InvalidInputException(name + " is not a real date: '" + value + "'");
        }
        return value;
    }

    /** Checks that a range is not reversed; {@code to} covers its whole period. */
    public void range(String from, String to) {
        if (from != null && to != null && from.compareTo(to + "~") > 0) {
            throw new InvalidInputException("from (" + from + ") is after to (" + to + ")");
        }
    }

    public PageRequest page(String page, String size) {
        int pageNumber = blank(page) ? 0 : integer("page", page);
        int pageSize = blank(size) ? config.page().defaultSize() : integer("size", size);
        if (pageNumber < 0 || pageNumber > MAX_PAGE) {
            throw new InvalidInputException("page must be between 0 and " + MAX_PAGE);
        }
        if (pageSize < 1 || pageSize > config.page().maxSize()) {
            throw new InvalidInputException("size must be between 1 and " + config.page().maxSize());
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /**
     * Where an article list's page starts: after the article a {@code next} token names, or (without
     * one) at the page's offset, which must lie within the first {@link #MAX_OFFSET} articles.
     */
    public ListPosition after(String token, PageRequest page) {
        if (blank(token)) {
            if ((long) page.page() * page.size() >= MAX_OFFSET) {
                throw new InvalidInputException("page " + page.page() + " starts beyond the first " + MAX_OFFSET
                        + " articles; follow each page's next token with after= instead");
            }
            return null;
        }
        return ArticleCursor.decode(token.strip()).orElseThrow(() -> new InvalidInputException(
                "after must be the next token of an earlier page, got '" + shorten(token) + "'"));
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number, got '" + shorten(value) + "'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Echoes at most 40 characters of the input back, with markup characters removed. */
    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.replaceAll("[<>\"'&]", "?");
        return safe.length() <= 40 ? safe : safe.substring(0, 40) + "…";
    }
}
