package io.tuopin.nlp.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The per-character version this stage had before it skipped kept characters in runs (see the
 * production class), kept as the reference for {@link CleaningStagesAgreeWithReferenceTest}.
 *
 * Its original description:
 * Removes pinyin glosses that some sites print after characters: {@code 當(dāng)} -> {@code 當},
 * {@code 萬(wàn)} -> {@code 萬}. A gloss is one pinyin syllable (tone marks optional) in parentheses
 * right after a Han character; after an unreliable character whose '(' was lost to mojibake the
 * remnant {@code dāng)} goes too.
 */
final class PinyinGlossRemoverReference {
    private static final Pattern SYLLABLE = Pattern.compile(
            "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    + "(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ve|ue|a|o|e|i|u|v|ng|n|m)");
    private static final int MAX = 7;

    MappedText remove(MappedText in) {
        if (in.text().indexOf('(') < 0 && in.text().indexOf('（') < 0 && !in.hasUnreliable()) {
            return in; // no gloss can start anywhere
        }
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        while (i < in.length()) {
            int skip = glossLength(in, i);
            if (skip > 0) {
                i += skip;
            } else {
                out.appendFrom(in, i++);
            }
        }
        return out.build();
    }

    /** Length of the gloss starting at i (0 when there is none). */
    private static int glossLength(MappedText in, int i) {
        if (i == 0) {
            return 0;
        }
        char prev = in.charAt(i - 1);
        boolean afterLost = in.unreliable(i - 1);
        boolean open = in.charAt(i) == '(' || in.charAt(i) == '（';
        if (!open && !afterLost || !Chars.isHan(prev) && !afterLost) {
            return 0;
        }
        int from = open ? i + 1 : i;
        int close = from;
        while (close < in.length() && close - from <= MAX && Character.isLetter(in.charAt(close)) && in.charAt(close) < 0x250) {
            close++;
        }
        if (close == from || close >= in.length() || (in.charAt(close) != ')' && in.charAt(close) != '）')) {
            return 0;
        }
        return isSyllable(in.text().substring(from, close)) ? close + 1 - i : 0;
    }

    static boolean isSyllable(String s) {
        String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ü', 'v');
        return base.chars().allMatch(c -> c >= 'a' && c <= 'z') && SYLLABLE.matcher(base).matches();
    }
}
