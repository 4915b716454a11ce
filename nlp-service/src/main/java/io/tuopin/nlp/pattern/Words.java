package io.tuopin.nlp.pattern;

/**
 * Word-list tests that stand in for small regexes in hot paths (under C1 a regex alternation or a
 * character class of many literals is tried one nested call at a time). Each keeps the semantics of
 * the regex it replaced, including where a non-multiline {@code $} matches: at the end, or before a
 * final line terminator.
 */
public final class Words {
    private Words() {
    }

    /** Whether the text starts with one of the words: {@code ^(?:w1|w2|…)} found. */
    public static boolean startsWithAny(String s, String[] words) {
        return startsWithAny(s, 0, words);
    }

    /** Whether one of the words starts at {@code at}. */
    public static boolean startsWithAny(String s, int at, String[] words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words ends where {@code $} matches: {@code (?:w1|w2|…)$} found. */
    public static boolean endsWithAny(String s, String[] words) {
        for (int end = s.length(); end >= Math.max(0, s.length() - 2); end--) {
            if (RegexChars.isEnd(s, end)) {
                for (String w : words) {
                    if (end >= w.length() && s.startsWith(w, end - w.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the text is one of the words or empty: {@code ^(?:w1|w2|…)?$} matched in full. */
    public static boolean isEmptyOrOneOf(String s, String[] words) {
        if (s.isEmpty()) {
            return true;
        }
        for (String w : words) {
            if (s.equals(w)) {
                return true;
            }
        }
        return false;
    }
}
