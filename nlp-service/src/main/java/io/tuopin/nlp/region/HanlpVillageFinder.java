package io.tuopin.nlp.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
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
        for (Span sentence : sentences) {
            String s = text.substring(sentence.start(), sentence.end());
            if (!VillageFinder.hasCandidate(s) || known.stream().anyMatch(v -> sentence.contains(v.start()))) {
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
}
