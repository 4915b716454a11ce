package io.tuopin.ingest.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reduces the dates senders and feeds give to the ISO date (YYYY-MM-DD) that {@code RawArticle} carries. */
public final class PublishedDates {
    private static final DateTimeFormatter RFC_822_LENIENT =
            DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [zzz][Z][X]", Locale.ENGLISH);
    private static final List<Function<String, LocalDate>> FORMATS = List.of(
            LocalDate::parse,
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(),
            s -> ZonedDateTime.parse(s, RFC_822_LENIENT).toLocalDate(),
            s -> LocalDate.parse(s.replace('/', '-').replace('.', '-')));

    private PublishedDates() {
    }

    /** The ISO date of an ISO date, ISO date-time, RFC 822/1123 date or YYYY/MM/DD; empty when it is none of them. */
    public static Optional<String> toIsoDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        for (Function<String, LocalDate> format : FORMATS) {
            try {
                return Optional.of(format.apply(trimmed).toString());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
