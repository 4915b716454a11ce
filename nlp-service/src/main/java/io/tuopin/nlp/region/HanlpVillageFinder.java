package io.tuopin.nlp.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.tuopin.nlp.domain.ClauseMarks;
import io.tuopin.nlp.domain.Interruptions;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * HanLP for the rest: in a sentence where no other finder found a village but some 村 may end a
 * name, HanLP's segmenter (place recognition on) proposes the word boundaries, and its place words
 * ending in 村 that pass the name rules become villages. Configured once; thread-safe.
 */
final class HanlpVillageFinder {
    private final Segment segment = HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true);

    List<VillageFinder.Found> find(String text, List<Span> sentences, List<VillageFinder.Found> known) {
        List<VillageFinder.Found> out = new ArrayList<>();
        int[] knownStarts = known.stream().mapToInt(VillageFinder.Found::start).sorted().toArray();
        for (Span sentence : sentences) {
            Interruptions.check();
            // no village the other finders found starts in this sentence (checked by binary search), so
            // none can cover its 村 or overlap its terms
            if (anyWithin(knownStarts, sentence) || !VillageFinder.hasUncovered(text, sentence.start(), sentence.end(), List.of())) {
                continue;
            }
            int clause = sentence.start();
            for (int i = sentence.start(); i < sentence.end(); i++) {
                if (ClauseMarks.endsClause(text.charAt(i)) || i + 1 == sentence.end()) {
                    if (VillageFinder.hasUncovered(text, clause, i + 1, List.of())) {
                        segment(text, clause, i + 1, out);
                    }
                    clause = i + 1;
                }
            }
        }
        return out;
    }

    /**
     * Segments one clause: a name never spans a comma, and HanLP's choice of words rarely reaches
     * across one, so the clauses with a possible village are segmented, not their whole sentence.
     */
    private void segment(String text, int from, int to, List<VillageFinder.Found> out) {
        for (Term term : segment.seg(text.substring(from, to))) {
            int start = from + term.offset;
            int end = start + term.length();
            boolean name = term.nature.startsWith("ns") && VillageNames.isPlausible(term.word);
            if (name && !VillageNames.isWordAfter(text, end - 1)) {
                out.add(new VillageFinder.Found(start, end, term.word));
            }
        }
    }

    /** Whether a sorted start falls inside the sentence. */
    private static boolean anyWithin(int[] sortedStarts, Span sentence) {
        int i = Arrays.binarySearch(sortedStarts, sentence.start());
        int first = i >= 0 ? i : -i - 1;
        return first < sortedStarts.length && sentence.contains(sortedStarts[first]);
    }
}
