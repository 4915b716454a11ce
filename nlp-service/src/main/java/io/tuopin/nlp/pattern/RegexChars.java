package io.tuopin.nlp.pattern;

/**
 * What {@code java.util.regex} means by {@code \s}, a line terminator and a {@code $} without MULTILINE: for
 * the loops that stand in for small expressions in hot paths and must keep their matches exactly.
 */
public final class RegexChars {
    private RegexChars() {
    }

    /** A character of the class {@code \s}: {@code [ \t\n\x0B\f\r]}. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line terminator as {@code .} and {@code $} know it (without UNIX_LINES). */
    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether {@code $} matches at {@code p} of the whole {@code s}: at the end, or before a final line terminator. */
    public static boolean isEnd(String s, int p) {
        return switch (s.length() - p) {
            case 0 -> true;
            case 1 -> s.charAt(p) == '\n' ? p == 0 || s.charAt(p - 1) != '\r' : isLineTerminator(s.charAt(p));
            case 2 -> s.charAt(p) == '\r' && s.charAt(p + 1) == '\n';
            default -> false;
        };
    }
}
