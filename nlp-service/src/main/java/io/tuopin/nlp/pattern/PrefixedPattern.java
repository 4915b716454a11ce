package io.tuopin.nlp.pattern;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the characters its matches can start with. {@link Matcher#find()} tries
 * the whole pattern at every position of the text, which for an alternation of phrases costs several
 * steps per character; a {@link Finder} skips to the next position that holds a first character and
 * tries the pattern there only. Same matches as {@code find()} (leftmost, non-overlapping, look-behind
 * sees before the position), provided every match starts with one of the characters given.
 */
public final class PrefixedPattern {
    private final Pattern pattern;
    /** Asked at every position a finder passes. */
    private final BitTable firstChars = BitTable.ofChars();

    private PrefixedPattern(Pattern pattern, String firstChars) {
        this.pattern = pattern;
        firstChars.chars().forEach(this.firstChars::set);
    }

    /** {@code firstChars}: every character a match can begin with (not checked; keep it next to the regex). */
    public static PrefixedPattern compile(String regex, String firstChars) {
        return new PrefixedPattern(Pattern.compile(regex), firstChars);
    }

    public Pattern pattern() {
        return pattern;
    }

    public Finder finder(CharSequence text) {
        return finder(text, 0, text.length());
    }

    /** Matches within [from, to) only, as {@code Matcher.region(from, to)} with transparent bounds would find them. */
    public Finder finder(CharSequence text, int from, int to) {
        return new Finder(pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), text, from, to);
    }

    /** Whether the text has a match. */
    public boolean occursIn(CharSequence text) {
        return finder(text).find();
    }

    /** Iterates the matches; {@link #matcher()} holds the groups of the last one found. */
    public final class Finder {
        private final Matcher matcher;
        private final CharSequence text;
        /** The text when it is a String: read directly, not through the interface (most texts are). */
        private final String string;
        private int to;
        private int next;

        private Finder(Matcher matcher, CharSequence text, int from, int to) {
            this.matcher = matcher;
            this.text = text;
            this.string = text instanceof String s ? s : null;
            this.next = from;
            this.to = to;
        }

        public boolean find() {
            for (int i = next; i < to; i++) {
                if (firstChars.get(string != null ? string.charAt(i) : text.charAt(i)) && matcher.region(i, to).lookingAt()) {
                    next = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
            next = to;
            return false;
        }

        /** Searches [from, to) of the same text from now on: one finder for many windows of a text. */
        public Finder within(int from, int to) {
            this.next = from;
            this.to = to;
            return this;
        }

        public Matcher matcher() {
            return matcher;
        }

        public int start() {
            return matcher.start();
        }

        public int end() {
            return matcher.end();
        }

        public String group() {
            return matcher.group();
        }

        public String group(int group) {
            return matcher.group(group);
        }
    }
}
