package io.tuopin.metrics.rest;

import io.tuopin.events.validation.Formats;
import io.tuopin.metrics.config.MetricsConfig;
import io.tuopin.metrics.repository.ArticleRepository.ListPosition;
import io.tuopin.metrics.service.ArticleCursor;
import io.tuopin.metrics.service.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of the parameters that are this service's own (paging, free text, flags, ranges, list
 * positions); the shared formats (region codes, article ids, indicators, periods, levels) are Bean
 * Validation constraints from {@code io.tuopin.events.validation} on the resource methods. Parameters
 * arrive as strings so that a malformed number is a 400 with a reason rather than the framework's bare 404. Free text is limited to letters,
 * digits, spaces, '·' and '-', which covers every region name and keeps markup and SQL out.
 */
@ApplicationScoped
public class RequestParams {
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N} ·\\-]+");
    private static final int MAX_TEXT = 50;
    private static final int MAX_PAGE = 1_000_000;
    /** Offset pages of article lists end here; deeper pages are read by key ({@code after=}). */
    public static final int MAX_OFFSET = 10_000;

    private final MetricsConfig config;

    public RequestParams(MetricsConfig config) {
        this.config = config;
    }

    /** A blank parameter is an absent one. */
    public static String optional(String value) {
        return blank(value) ? null : value;
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
                "after must be the next token of an earlier page, got " + Formats.echo(token)));
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number, got " + Formats.echo(value));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
