package io.tuopin.nlp.metric;

import io.tuopin.nlp.pattern.FirstCharIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the first part of every catalogue phrase occurs in one text, found in one pass over the text.
 * Every figure asks for the cues, ignore phrases and blockers of several indicators in windows that
 * overlap from figure to figure; reading the text once per article instead of once per window and
 * phrase list is what makes the question cheap. Per phrase list (its slot) the occurrences are kept in
 * the order {@link CuePhrases} reports them: by start, then by the phrase's place in its list.
 */
final class CueIndex {
    private final String text;
    private final int[][] starts;
    private final int[][] phrases;
    private final int[] counts;

    private CueIndex(String text, int slots) {
        this.text = text;
        this.starts = new int[slots][];
        this.phrases = new int[slots][];
        this.counts = new int[slots];
    }

    String text() {
        return text;
    }

    int count(int slot) {
        return counts[slot];
    }

    int start(int slot, int k) {
        return starts[slot][k];
    }

    int phrase(int slot, int k) {
        return phrases[slot][k];
    }

    /** The first occurrence of the slot's phrases at or after {@code from} (its count when none). */
    int firstAtOrAfter(int slot, int from) {
        int k = counts[slot] == 0 ? -1 : Arrays.binarySearch(starts[slot], 0, counts[slot], from);
        if (k < 0) {
            return counts[slot] == 0 ? 0 : -k - 1;
        }
        while (k > 0 && starts[slot][k - 1] == from) {
            k--;
        }
        return k;
    }

    private void add(int slot, int start, int phrase) {
        if (starts[slot] == null) {
            starts[slot] = new int[8];
            phrases[slot] = new int[8];
        } else if (counts[slot] == starts[slot].length) {
            starts[slot] = Arrays.copyOf(starts[slot], 2 * counts[slot]);
            phrases[slot] = Arrays.copyOf(phrases[slot], 2 * counts[slot]);
        }
        starts[slot][counts[slot]] = start;
        phrases[slot][counts[slot]++] = phrase;
    }

    /** The first parts of all phrase lists of a catalogue, ready to index texts. Thread-safe once built. */
    static final class Builder {
        private static final int PHRASE_BITS = 16;

        /** A first part and the phrases that open with it, each as slot << 16 | phrase, ascending. */
        private record FirstPart(String text, int[] owners) {
        }

        private final Map<String, List<Integer>> owners = new LinkedHashMap<>();
        private int slots;
        private FirstCharIndex<FirstPart> byFirstChar;

        /** Registers a phrase list (its phrases split at the gaps) and returns its slot. */
        int register(List<String[]> phraseParts) {
            if (byFirstChar != null || phraseParts.size() >= 1 << PHRASE_BITS) {
                throw new IllegalStateException("phrase lists are registered before the first text is indexed");
            }
            int slot = slots++;
            for (int p = 0; p < phraseParts.size(); p++) {
                owners.computeIfAbsent(phraseParts.get(p)[0], k -> new ArrayList<>()).add(slot << PHRASE_BITS | p);
            }
            return slot;
        }

        /** Ends registration: from now on texts can be indexed, from any thread. */
        Builder seal() {
            List<FirstPart> parts = new ArrayList<>();
            owners.forEach((text, list) -> parts.add(
                    new FirstPart(text, list.stream().mapToInt(Integer::intValue).sorted().toArray())));
            byFirstChar = new FirstCharIndex<>(parts, FirstPart::text, FirstPart[]::new);
            return this;
        }

        /** Indexes a text: every start of every first part, for every list that has it. */
        CueIndex index(String text) {
            FirstCharIndex<FirstPart> firsts = byFirstChar;
            CueIndex index = new CueIndex(text, slots);
            int[] found = new int[16];
            for (int i = 0; i < text.length(); i++) {
                int n = 0;
                for (FirstPart first : firsts.startingWith(text.charAt(i))) {
                    if (text.startsWith(first.text(), i)) {
                        if (n + first.owners().length > found.length) {
                            found = Arrays.copyOf(found, 2 * (n + first.owners().length));
                        }
                        System.arraycopy(first.owners(), 0, found, n, first.owners().length);
                        n += first.owners().length;
                    }
                }
                Arrays.sort(found, 0, n); // by slot, then by the phrase's place in its list
                for (int k = 0; k < n; k++) {
                    index.add(found[k] >>> PHRASE_BITS, i, found[k] & ((1 << PHRASE_BITS) - 1));
                }
            }
            return index;
        }
    }
}
