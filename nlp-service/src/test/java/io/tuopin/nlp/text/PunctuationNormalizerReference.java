package io.tuopin.nlp.text;

import static io.tuopin.nlp.text.PunctuationNormalizer.FULL;
import static io.tuopin.nlp.text.PunctuationNormalizer.HALF;

/**
 * What {@link PunctuationNormalizer} had before its speed change, where that change replaced it: the
 * two loops (widen, then collapse) that looked at every character and appended each kept one by one,
 * the table of the next word character for every index, and the marks as lookups in strings (not
 * switches). Whether a mark is Chinese punctuation or a sentence end, where a run of marks ends and
 * which of it stays are the production class's. The reference for
 * {@link CleaningStagesAgreeWithReferenceTest}.
 */
final class PunctuationNormalizerReference {
    private static final String COLLAPSIBLE = "，、；：。！？";

    MappedText normalize(MappedText in) {
        return collapse(widen(in));
    }

    private MappedText widen(MappedText in) {
        char[] chars = in.text().toCharArray();
        int[] nextWord = nextWordIndex(in);
        MappedText.Builder out = MappedText.builder(in.length());
        char lastWord = ' '; // the last character written on this line that is no mark and no space
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            char next = nextWord[i] < in.length() ? in.charAt(nextWord[i]) : ' ';
            if ((c == '%' || c == '％') && out.length() > 0 && out.lastChar() == '%') {
                continue; // 12.6%% is 12.6%
            }
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％' || c == '．') {
                out.replace(in, i, (char) (c - 0xFEE0));
            } else if (HALF.indexOf(c) >= 0 && PunctuationNormalizer.isChineseSide(chars, i, out.lastChar(), lastWord, next)) {
                out.replace(in, i, FULL.charAt(HALF.indexOf(c)));
            } else if (c == '.' && PunctuationNormalizer.isSentenceEnd(chars, i, out.lastChar(), lastWord, next)) {
                out.replace(in, i, '。');
            } else if (c == '\r') {
                continue;
            } else {
                out.appendFrom(in, i);
            }
            char written = out.lastChar();
            if (written == '\n') {
                lastWord = ' ';
            } else if (!isMark(written) && !Chars.isSpace(written)) {
                lastWord = written;
            }
        }
        return out.build();
    }

    /** For each index, the index of the first character at or after it that is no mark and no space (length if none). */
    private static int[] nextWordIndex(MappedText in) {
        int[] next = new int[in.length() + 1];
        next[in.length()] = in.length();
        for (int i = in.length() - 1; i >= 0; i--) {
            char c = in.charAt(i);
            next[i] = isMark(c) || Chars.isSpace(c) && c != '\n' ? next[i + 1] : i;
        }
        return next;
    }

    private static boolean isMark(char c) {
        return HALF.indexOf(c) >= 0 || COLLAPSIBLE.indexOf(c) >= 0 || c == '.';
    }

    private MappedText collapse(MappedText in) {
        char[] chars = in.text().toCharArray();
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (COLLAPSIBLE.indexOf(c) >= 0) {
                int end = PunctuationNormalizer.runEnd(chars, i);
                out.appendFrom(in, PunctuationNormalizer.strongest(chars, i, end));
                i = end;
            } else if (Chars.isSpace(c) && c != '\n') {
                int end = i;
                while (end < in.length() && Chars.isSpace(in.charAt(end)) && in.charAt(end) != '\n') {
                    end++;
                }
                boolean lineEdge = out.length() == 0 || out.lastChar() == '\n' || end == in.length() || in.charAt(end) == '\n';
                boolean besideMark = end < in.length() && COLLAPSIBLE.indexOf(in.charAt(end)) >= 0
                        || COLLAPSIBLE.indexOf(out.lastChar()) >= 0;
                if (!lineEdge && !besideMark) {
                    out.replace(in, i, ' ');
                }
                i = end;
            } else {
                out.appendFrom(in, i++);
            }
        }
        return out.build();
    }
}
