package io.tuopin.nlp.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
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
        for (Span sentence : sentences) {
            if (known.stream().anyMatch(v -> sentence.contains(v.start()))
                    || !VillageFinder.hasUncovered(text, sentence.start(), sentence.end(), known)) {
                continue;
            }
            String s = text.substring(sentence.start(), sentence.end());
            for (Term term : segment.seg(s)) {
                int start = sentence.start() + term.offset;
                int end = start + term.length();
                boolean name = term.nature.startsWith("ns") && VillageNames.isPlausible(term.word);
                if (name && !VillageNames.isWordAfter(text, end - 1)
                        && known.stream().noneMatch(v -> v.start() < end && start < v.end())) {
                    out.add(new VillageFinder.Found(start, end, term.word));
                }
            }
        }
        return out;
    }
}
