package io.tuopin.nlp.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What {@link PinyinGlossRemover} had before its speed change, where that change replaced it: the
 * loop that asked {@link PinyinGlossRemover#glossLength} at every position (not only at an opening
 * parenthesis or after an unreliable character) and appended each kept character one at a time, and
 * the syllable test that stripped tone marks by Normalizer and a regex (not by table) and matched
 * the syllable by a regex (not in a set). The gloss
 * itself is still found by the production class. The reference for
 * {@link CleaningStagesAgreeWithReferenceTest}.
 */
final class PinyinGlossRemoverReference {
    private static final Pattern SYLLABLE = Pattern.compile(
            "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    + "(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ve|ue|a|o|e|i|u|v|ng|n|m)");

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
        return isToneless(base);
    }

    /** The syllable test before the set of syllables replaced the regex. */
    static boolean isToneless(String base) {
        return base.chars().allMatch(c -> c >= 'a' && c <= 'z') && SYLLABLE.matcher(base).matches();
    }
}
