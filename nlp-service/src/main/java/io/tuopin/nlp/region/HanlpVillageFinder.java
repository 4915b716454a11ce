package io.tuopin.nlp.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
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
            String s = text.substring(sentence.start(), sentence.end());
            for (Term term : segment.seg(s)) {
                int start = sentence.start() + term.offset;
                int end = start + term.length();
                boolean name = term.nature.startsWith("ns") && VillageNames.isPlausible(term.word);
                if (name && !VillageNames.isWordAfter(text, end - 1)) {
                    out.add(new VillageFinder.Found(start, end, term.word));
                }
            }
        }
        return out;
    }

    /** Whether a sorted start falls inside the sentence. */
    private static boolean anyWithin(int[] sortedStarts, Span sentence) {
        int i = Arrays.binarySearch(sortedStarts, sentence.start());
        int first = i >= 0 ? i : -i - 1;
        return first < sortedStarts.length && sentence.contains(sortedStarts[first]);
    }
}
