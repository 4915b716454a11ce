package io.tuopin.nlp.text;

import java.text.Normalizer;

/**
 * What {@link PinyinGlossRemover} had before its speed change, where that change replaced it: the
 * loop that asked {@link PinyinGlossRemover#glossLength} at every position (not only at an opening
 * parenthesis or after an unreliable character) and appended each kept character one at a time, and
 * the syllable test that stripped tone marks by Normalizer and a regex (not by table). The gloss
 * itself is still found by the production class. The reference for
 * {@link CleaningStagesAgreeWithReferenceTest}.
 */
final class PinyinGlossRemoverReference {

    MappedText remove(MappedText in) {
        if (in.text().indexOf('(') < 0 && in.text().indexOf('（') < 0 && !in.hasUnreliable()) {
            return in; // no gloss can start anywhere
        }
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        while (i < in.length()) {
            int skip = PinyinGlossRemover.glossLength(in, i);
            if (skip > 0) {
                i += skip;
            } else {
                out.appendFrom(in, i++);
            }
        }
        return out.build();
    }

    static boolean isSyllable(String s) {
        String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ü', 'v');
        return PinyinGlossRemover.isToneless(base);
    }
}
