package io.tuopin.nlp.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of catalogue phrases and the machinery that finds them: plain text, where {@code …} stands
 * for a gap of up to {@value #GAP} characters inside one clause (贫困村…退出 matches 贫困村全部顺利退出).
 * Occurrences that lie inside an occurrence of an ignore phrase do not count (脱贫 inside 脱贫攻坚).
 * Immutable and thread-safe; matching is linear in the searched range times the number of phrases.
 */
final class CuePhrases {
    static final int GAP = 10;
    private static final String GAP_MARK = "…";
    private static final String CLAUSE_ENDS = "，,；;：:。！？!?\n";
    static final CuePhrases NONE = new CuePhrases(List.of());

    private final List<String[]> phrases;

    CuePhrases(List<String> phrases) {
        this.phrases = phrases.stream().map(p -> p.split(GAP_MARK, -1)).toList();
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** An occurrence [start, end) in the text. */
    record Occurrence(int start, int end) {
        boolean within(Occurrence other) {
            return start >= other.start && end <= other.end;
        }
    }

    /** Every occurrence that starts and ends within [from, to), except those inside an ignore phrase. */
    List<Occurrence> find(String text, int from, int to, CuePhrases ignore) {
        List<Occurrence> found = new ArrayList<>();
        for (String[] parts : phrases) {
            collect(text, from, to, parts, found);
        }
        if (found.isEmpty() || ignore.isEmpty()) {
            return found;
        }
        List<Occurrence> masks = new ArrayList<>();
        for (String[] parts : ignore.phrases) {
            collect(text, Math.max(0, from - 6), Math.min(text.length(), to + 6), parts, masks);
        }
        return found.stream().filter(o -> masks.stream().noneMatch(o::within)).toList();
    }

    boolean occursIn(String text, int from, int to, CuePhrases ignore) {
        return !find(text, from, to, ignore).isEmpty();
    }

    private static void collect(String text, int from, int to, String[] parts, List<Occurrence> out) {
        String first = parts[0];
        for (int i = text.indexOf(first, from); i >= 0 && i + first.length() <= to; i = text.indexOf(first, i + 1)) {
            int end = rest(text, i + first.length(), to, parts);
            if (end >= 0) {
                out.add(new Occurrence(i, end));
            }
        }
    }

    /** Where the remaining parts end when each follows the previous within the gap, else -1. */
    private static int rest(String text, int from, int to, String[] parts) {
        int position = from;
        for (int p = 1; p < parts.length; p++) {
            int found = -1;
            for (int j = position; j <= Math.min(position + GAP, to - parts[p].length()); j++) {
                if (text.startsWith(parts[p], j)) {
                    found = j;
                    break;
                }
                if (j < text.length() && CLAUSE_ENDS.indexOf(text.charAt(j)) >= 0) {
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            position = found + parts[p].length();
        }
        return position;
    }
}
