package io.tuopin.nlp.text;

import io.tuopin.nlp.pattern.FirstCharIndex;
import java.util.List;

/**
 * Words one of which opens a line (breadcrumbs, widget labels), looked up by the line's first
 * character: what {@code Pattern.compile("a|b|c").matcher(line).lookingAt()} answers, and, for a
 * label perhaps in an opening bracket, {@code [\[【(（]?\s*(a|b|c)}; plain code, because unoptimised
 * code pays a regex alternation dearly and these are asked of every line.
 */
final class LinePrefixes {
    private static final String OPENING_BRACKETS = "[【(（";
    /** What a regex's {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
    private static final String REGEX_SPACES = " \t\n\u000B\f\r";

    private final FirstCharIndex<String> prefixes;

    /** @param alternatives the words, separated by {@code |} as in the regex they replace */
    LinePrefixes(String alternatives) {
        prefixes = new FirstCharIndex<>(List.of(alternatives.split("\\|")), p -> p, String[]::new);
    }

    /** Whether the line starts with one of the words. */
    boolean startsLine(String line) {
        return startsAt(line, 0);
    }

    /** Whether one of the words starts the line after an optional opening bracket and spaces: 【责任编辑, ( 分享到. */
    boolean startsBracketedLine(String line) {
        int i = 0;
        if (i < line.length() && OPENING_BRACKETS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        while (i < line.length() && REGEX_SPACES.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return startsAt(line, i);
    }

    private boolean startsAt(String line, int at) {
        if (at >= line.length()) {
            return false;
        }
        for (String prefix : prefixes.startingWith(line.charAt(at))) {
            if (line.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }
}
