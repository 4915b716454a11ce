package io.tuopin.nlp.text;

/**
 * The per-character version this stage had before it skipped kept characters in runs (see the
 * production class), kept as the reference for {@link CleaningStagesAgreeWithReferenceTest}.
 *
 * Its original description:
 * One character in, at most one character out, so offsets stay simple:
 * <ul>
 * <li>full-width digits, Latin letters, ％ and ． become ASCII (３．８％ -> 3.8%), so figures read the same
 *     in every article;</li>
 * <li>ASCII , ; : ! ? ( ) next to Chinese text become their full-width forms (but not between digits:
 *     1,000 and 15:32 stay); "next to" looks past the other marks and spaces of the same run, so
 *     {@code 12.5%,,全年} and {@code 12.5%,，全年} are Chinese punctuation too; an ASCII . after Chinese
 *     text or a percentage and before Chinese text or marks (户.全年, 12.5%.全年, 户.。) is a sentence end 。
 *     (never between digits, after a list number 1., a Latin letter or in ...);</li>
 * <li>runs of clause and sentence punctuation, spaces between them included, collapse to one mark
 *     ({@code ,,} -> ，, {@code ,。} -> 。, {@code ,、} -> 、, {@code ， ，} -> ，): a sentence end wins over a
 *     clause mark, so no sentence end is lost; spaces beside such a mark go;</li>
 * <li>a doubled percent sign is one ({@code 12.6%%} -> 12.6%);</li>
 * <li>whitespace runs inside a line become one space; lines are trimmed.</li>
 * </ul>
 */
final class PunctuationNormalizerReference {
    private static final String HALF = ",;:!?()";
    private static final String FULL = "，；：！？（）";
    private static final String COLLAPSIBLE = "，、；：。！？";
    /** Preference when a run collapses: the first of these present in the run is kept. */
    private static final String STRENGTH = "？！。；：、，";

    MappedText normalize(MappedText in) {
        return collapse(widen(in));
    }

    private MappedText widen(MappedText in) {
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
            } else if (HALF.indexOf(c) >= 0 && isChineseSide(in, i, out.lastChar(), lastWord, next)) {
                out.replace(in, i, FULL.charAt(HALF.indexOf(c)));
            } else if (c == '.' && isSentenceEnd(in, i, out.lastChar(), lastWord, next)) {
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

    private static boolean isChineseSide(MappedText in, int i, char prev, char lastWord, char nextWord) {
        char next = i + 1 < in.length() ? in.charAt(i + 1) : ' ';
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return false;
        }
        return Chars.isChineseContext(prev) || Chars.isChineseContext(next)
                || Chars.isChineseContext(lastWord) || Chars.isChineseContext(nextWord);
    }

    /** 户.全年, 12.5%.全年, 3000户.。: an ASCII full stop in Chinese text that no decimal, ellipsis or Latin word owns. */
    private static boolean isSentenceEnd(MappedText in, int i, char prev, char lastWord, char nextWord) {
        char next = i + 1 < in.length() ? in.charAt(i + 1) : ' ';
        if (Character.isDigit(prev) && Character.isDigit(next) || prev == '.' || next == '.' || isLatin(prev) || isLatin(next)) {
            return false;
        }
        boolean chineseAfter = Chars.isChineseContext(next) || Chars.isChineseContext(nextWord) && isMark(next);
        return chineseAfter && (Chars.isChineseContext(lastWord) || lastWord == '%'); // not 1.加强领导 (a list number)
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private MappedText collapse(MappedText in) {
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (COLLAPSIBLE.indexOf(c) >= 0) {
                int end = runEnd(in, i);
                out.appendFrom(in, strongest(in, i, end));
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

    /** The end of a run of marks that starts at start; spaces between two marks belong to it. */
    private static int runEnd(MappedText in, int start) {
        int end = start + 1;
        while (end < in.length()) {
            int after = end;
            while (after < in.length() && Chars.isSpace(in.charAt(after)) && in.charAt(after) != '\n') {
                after++;
            }
            if (after == in.length() || COLLAPSIBLE.indexOf(in.charAt(after)) < 0) {
                return end;
            }
            end = after + 1;
        }
        return end;
    }

    private static int strongest(MappedText in, int start, int end) {
        for (int k = 0; k < STRENGTH.length(); k++) {
            for (int i = start; i < end; i++) {
                if (in.charAt(i) == STRENGTH.charAt(k)) {
                    return i;
                }
            }
        }
        return start;
    }
}
