package io.tuopin.nlp.metric;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of catalogue phrases and the machinery that finds them: plain text, where {@code …} stands
 * for a gap of up to {@value #GAP} characters inside one clause (贫困村…退出 matches 贫困村全部顺利退出).
 * Occurrences that lie inside an occurrence of an ignore phrase do not count (脱贫 inside 脱贫攻坚).
 * Immutable and thread-safe; a search reads the occurrences a {@link CueIndex} of the text holds in its range.
 */
final class CuePhrases {
    static final int GAP = 10;
    /** Ignore phrases may reach a little beyond the searched range (脱贫攻坚 around a cut 脱贫). */
    private static final int MASK_MARGIN = 6;
    private static final String GAP_MARK = "…";
    private static final String CLAUSE_ENDS = "，,；;：:。！？!?\n";
    static final CuePhrases NONE = new CuePhrases(List.of(), null);

    private final List<String[]> phrases;
    /** Where this list's occurrences are kept in a {@link CueIndex}; -1 for an empty list. */
    private final int slot;

    /** {@code slots}: the catalogue's index builder, which learns the phrases' first parts. */
    CuePhrases(List<String> phrases, CueIndex.Builder slots) {
        this.phrases = phrases.stream().map(p -> p.split(GAP_MARK, -1)).filter(p -> !p[0].isEmpty()).toList();
        this.slot = this.phrases.isEmpty() ? -1 : slots.register(this.phrases);
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** An occurrence [start, end) in the text; {@code gapped} when its phrase has a gap (贫困村…出列). */
    record Occurrence(int start, int end, boolean gapped) {
        boolean within(Occurrence other) {
            return start >= other.start && end <= other.end;
        }
    }

    /** Every occurrence that starts and ends within [from, to), except those inside an ignore phrase. */
    List<Occurrence> find(CueIndex text, int from, int to, CuePhrases ignore) {
        List<Occurrence> found = collect(text, from, to);
        if (found.isEmpty() || ignore.isEmpty()) {
            return found;
        }
        List<Occurrence> masks = ignore.collect(text, Math.max(0, from - MASK_MARGIN),
                Math.min(text.text().length(), to + MASK_MARGIN));
        return found.stream().filter(o -> masks.stream().noneMatch(o::within)).toList();
    }

    boolean occursIn(CueIndex text, int from, int to, CuePhrases ignore) {
        return !find(text, from, to, ignore).isEmpty();
    }

    /** Every occurrence of every phrase in [from, to), in the order of their starts. */
    private List<Occurrence> collect(CueIndex index, int from, int to) {
        List<Occurrence> out = new ArrayList<>();
        if (phrases.isEmpty()) {
            return out;
        }
        String text = index.text();
        for (int k = index.firstAtOrAfter(slot, from); k < index.count(slot) && index.start(slot, k) < to; k++) {
            int i = index.start(slot, k);
            String[] parts = phrases.get(index.phrase(slot, k));
            if (i + parts[0].length() <= to) {
                int end = rest(text, i + parts[0].length(), to, parts);
                if (end >= 0) {
                    out.add(new Occurrence(i, end, parts.length > 1));
                }
            }
        }
        return out;
    }

    /** Where the remaining parts end when each follows the previous within the gap, else -1. */
    static int rest(String text, int from, int to, String[] parts) {
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
