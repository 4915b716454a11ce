package io.tuopin.nlp.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes pinyin glosses that some sites print after characters: {@code 當(dāng)} -> {@code 當},
 * {@code 萬(wàn)} -> {@code 萬}. A gloss is one pinyin syllable (tone marks optional) in parentheses
 * right after a Han character; after an unreliable character whose '(' was lost to mojibake the
 * remnant {@code dāng)} goes too.
 */
final class PinyinGlossRemover {
    private static final List<String> INITIALS = List.of(
            "", "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w");
    private static final List<String> FINALS = List.of(
            "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai", "ei", "ao", "ou",
            "an", "en", "in", "un", "vn", "er", "ia", "ie", "iu", "ua", "uo", "ui", "ve", "ue", "a", "o", "e", "i", "u", "v", "ng",
            "n", "m");
    /** Every initial (or none) followed by a final, toneless: a set, not a regex, for the question asked of every gloss. */
    private static final Set<String> SYLLABLES = syllables();
    /** Combining marks: the tones of a syllable in NFD (compiled once, not per String.replaceAll). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    /** Every character below U+0250 without its marks (ā -> a), where that is one character; else 0. */
    private static final char[] TONELESS = toneless(0x250);
    private static final int MAX = 7;

    MappedText remove(MappedText in) {
        if (in.text().indexOf('(') < 0 && in.text().indexOf('（') < 0 && !in.hasUnreliable()) {
            return in; // no gloss can start anywhere
        }
        // Only an opening parenthesis or a character after an unreliable one can start a gloss: the
        // loop looks at those (in a char[] copy: C1 checks the bounds of every String.charAt) and
        // copies the text between glosses in runs.
        char[] chars = in.text().toCharArray();
        boolean anyUnreliable = in.hasUnreliable();
        MappedText.Builder out = MappedText.builder(in.length());
        int kept = 0; // characters [kept, i) are kept, not yet appended
        int i = 1; // no gloss starts at 0
        while (i < chars.length) {
            boolean mayStart = chars[i] == '(' || chars[i] == '（' || anyUnreliable && in.unreliable(i - 1);
            int skip = mayStart ? glossLength(in, i) : 0;
            if (skip > 0) {
                out.append(in, kept, i);
                i += skip;
                kept = i;
            } else {
                i++;
            }
        }
        out.append(in, kept, chars.length);
        return out.build();
    }

    /** Length of the gloss starting at i (0 when there is none). */
    static int glossLength(MappedText in, int i) {
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

    /**
     * A gloss's letters lose their tone marks by table (what NFD and dropping the marks make of each,
     * letter by letter), not by Normalizer and a regex per gloss; a letter the table lacks takes the
     * long way.
     */
    static boolean isSyllable(String s) {
        char[] base = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= TONELESS.length || TONELESS[c] == 0) {
                return isToneless(withoutMarks(s));
            }
            base[i] = TONELESS[c];
            if (base[i] < 'a' || base[i] > 'z') {
                return false;
            }
        }
        return isToneless(new String(base));
    }

    static boolean isToneless(String base) {
        return SYLLABLES.contains(base);
    }

    private static Set<String> syllables() {
        Set<String> syllables = new HashSet<>();
        for (String initial : INITIALS) {
            for (String fin : FINALS) {
                syllables.add(initial + fin);
            }
        }
        return Set.copyOf(syllables);
    }

    private static String withoutMarks(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").replace('ü', 'v');
    }

    private static char[] toneless(int size) {
        char[] table = new char[size];
        for (int c = 0; c < size; c++) {
            String base = withoutMarks(String.valueOf((char) c));
            table[c] = base.length() == 1 ? base.charAt(0) : 0;
        }
        return table;
    }
}
