package io.tuopin.nlp.time;

/**
 * ISO dates as text ({@code 2019-07}, {@code 2019-07-01}) from numbers already checked. Written out
 * because {@code String.format} parses its format on every call, which costs in unoptimised code and
 * every article has dates.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** {@code YYYY-MM}. */
    public static String of(int year, int month) {
        return year + "-" + twoDigits(month);
    }

    /** {@code YYYY-MM-DD}. */
    public static String of(int year, int month, int day) {
        return of(year, month) + "-" + twoDigits(day);
    }

    /** What {@code %02d} makes of a number from 0 to 99. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
