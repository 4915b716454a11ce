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
 * HanLP for the rest: where the rule-based {@link VillageFinder} found no village in a sentence
 * that has a 村, HanLP's segmenter (place recognition on) proposes the word boundaries, and its
 * words ending in 村 that pass the same name filters become villages. Configured once; thread-safe.
 */
final class HanlpVillageFinder {
    private final Segment segment = HanLP.newSegment().enablePlaceRecognize(true).enableOffset(true);

    List<VillageFinder.Found> find(String text, List<Span> sentences, List<VillageFinder.Found> known) {
        List<VillageFinder.Found> out = new ArrayList<>();
        int[] knownStarts = known.stream().mapToInt(VillageFinder.Found::start).sorted().toArray();
        for (Span sentence : sentences) {
            Interruptions.check();
            String s = text.substring(sentence.start(), sentence.end());
            if (!VillageFinder.hasCandidate(s) || anyWithin(knownStarts, sentence)) {
                continue;
            }
            for (Term term : segment.seg(s)) {
                int start = sentence.start() + term.offset;
                int end = start + term.length();
                boolean name = term.nature.startsWith("ns") && VillageFinder.isPlausibleName(term.word);
                if (name && !VillageFinder.isWordAfter(text, end - 1)) {
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
