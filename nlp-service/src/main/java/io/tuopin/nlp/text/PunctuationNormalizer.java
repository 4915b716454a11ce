package io.tuopin.nlp.text;

/**
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
final class PunctuationNormalizer {
    static final String HALF = ",;:!?()";
    static final String FULL = "，；：！？（）";
    /** Preference when a run collapses: the first of these present in the run is kept. */
    private static final String STRENGTH = "？！。；：、，";

    MappedText normalize(MappedText in) {
        return collapse(widen(in));
    }

    /*
     * The loops below read a char[] copy of the text and copy the characters they keep as they are in
     * runs (MappedText.Builder#append of a range), not one call per character: bin/extract runs C1
     * only, which checks the bounds of every String.charAt and inlines little, and nearly every
     * character of an article (Han) is kept as it is.
     */
    private MappedText widen(MappedText in) {
        char[] chars = in.text().toCharArray();
        if (!anyMayWiden(chars)) {
            return in;
        }
        MappedText.Builder out = MappedText.builder(in.length());
        char lastWord = ' '; // the last character written on this line that is no mark and no space
        int keptFrom = 0; // characters [keptFrom, i) are kept as they are, not yet appended
        int nextWord = -1; // the next word character at or after some index up to i; recomputed when behind i
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (!mayWiden(c)) {
                lastWord = lastWordAfter(c, lastWord);
                continue;
            }
            out.append(in, keptFrom, i);
            keptFrom = i + 1;
            nextWord = nextWord >= i ? nextWord : nextWordIndex(chars, i);
            char next = nextWord < chars.length ? chars[nextWord] : ' ';
            if ((c == '%' || c == '％') && out.length() > 0 && out.lastChar() == '%') {
                continue; // 12.6%% is 12.6%
            }
            if (isFullWidthAscii(c)) {
                out.replace(in, i, (char) (c - 0xFEE0));
            } else if (HALF.indexOf(c) >= 0 && isChineseSide(chars, i, out.lastChar(), lastWord, next)) {
                out.replace(in, i, FULL.charAt(HALF.indexOf(c)));
            } else if (c == '.' && isSentenceEnd(chars, i, out.lastChar(), lastWord, next)) {
                out.replace(in, i, '。');
            } else if (c == '\r') {
                continue;
            } else {
                out.appendFrom(in, i);
            }
            lastWord = lastWordAfter(out.lastChar(), lastWord);
        }
        out.append(in, keptFrom, chars.length);
        return out.build();
    }

    /** ０-９, Ａ-Ｚ, ａ-ｚ, ％ and ．: written as their ASCII forms. */
    private static boolean isFullWidthAscii(char c) {
        return c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％' || c == '．';
    }

    /** The characters widen may change or drop; every other one is written as it is. */
    private static boolean mayWiden(char c) {
        if (c < 0x80) {
            switch (c) {
                case '%', '.', '\r', ',', ';', ':', '!', '?', '(', ')': // HALF among them
                    return true;
                default:
                    return false;
            }
        }
        return c >= '％' && isFullWidthAscii(c);
    }

    private static boolean anyMayWiden(char[] chars) {
        for (char c : chars) {
            if (mayWiden(c)) {
                return true;
            }
        }
        return false;
    }

    /** The last character written on the line that is no mark and no space, once {@code written} is written. */
    private static char lastWordAfter(char written, char lastWord) {
        if (written == '\n') {
            return ' ';
        }
        return isMark(written) || Chars.isSpace(written) ? lastWord : written;
    }

    /**
     * The index of the first character at or after {@code from} that is no mark and no space (the
     * length if none). It is also the answer for every index between {@code from} and it, so widen
     * asks again only past it: linear however long a run of marks.
     */
    private static int nextWordIndex(char[] chars, int from) {
        int i = from;
        while (i < chars.length && (isMark(chars[i]) || Chars.isSpace(chars[i]) && chars[i] != '\n')) {
            i++;
        }
        return i;
    }

    /** , ; : ! ? ( ) . and the collapsible full-width marks. */
    private static boolean isMark(char c) {
        switch (c) {
            case ',', ';', ':', '!', '?', '(', ')', '.', '，', '、', '；', '：', '。', '！', '？':
                return true;
            default:
                return false;
        }
    }

    static boolean isChineseSide(char[] chars, int i, char prev, char lastWord, char nextWord) {
        char next = i + 1 < chars.length ? chars[i + 1] : ' ';
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return false;
        }
        return Chars.isChineseContext(prev) || Chars.isChineseContext(next)
                || Chars.isChineseContext(lastWord) || Chars.isChineseContext(nextWord);
    }

    /** 户.全年, 12.5%.全年, 3000户.。: an ASCII full stop in Chinese text that no decimal, ellipsis or Latin word owns. */
    static boolean isSentenceEnd(char[] chars, int i, char prev, char lastWord, char nextWord) {
        char next = i + 1 < chars.length ? chars[i + 1] : ' ';
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
        char[] chars = in.text().toCharArray();
        MappedText.Builder out = MappedText.builder(in.length());
        int i = 0;
        int keptFrom = 0; // characters [keptFrom, i) are kept as they are, not yet appended
        while (i < chars.length) {
            char c = chars[i];
            if (!isCollapsible(c) && !isSpaceInLine(c)) {
                i++;
                continue;
            }
            out.append(in, keptFrom, i);
            if (isCollapsible(c)) {
                int end = runEnd(chars, i);
                out.appendFrom(in, strongest(chars, i, end));
                i = end;
            } else {
                int end = i;
                while (end < chars.length && isSpaceInLine(chars[end])) {
                    end++;
                }
                boolean lineEdge = out.length() == 0 || out.lastChar() == '\n' || end == chars.length || chars[end] == '\n';
                boolean besideMark = end < chars.length && isCollapsible(chars[end]) || isCollapsible(out.lastChar());
                if (!lineEdge && !besideMark) {
                    out.replace(in, i, ' ');
                }
                i = end;
            }
            keptFrom = i;
        }
        out.append(in, keptFrom, chars.length);
        return out.build();
    }

    /** The clause and sentence marks whose runs collapse to one. */
    private static boolean isCollapsible(char c) {
        switch (c) {
            case '，', '、', '；', '：', '。', '！', '？':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSpaceInLine(char c) {
        return c != '\n' && Chars.isSpace(c);
    }

    /** The end of a run of marks that starts at start; spaces between two marks belong to it. */
    static int runEnd(char[] chars, int start) {
        int end = start + 1;
        while (end < chars.length) {
            int after = end;
            while (after < chars.length && isSpaceInLine(chars[after])) {
                after++;
            }
            if (after == chars.length || !isCollapsible(chars[after])) {
                return end;
            }
            end = after + 1;
        }
        return end;
    }

    static int strongest(char[] chars, int start, int end) {
        for (int k = 0; k < STRENGTH.length(); k++) {
            for (int i = start; i < end; i++) {
                if (chars[i] == STRENGTH.charAt(k)) {
                    return i;
                }
            }
        }
        return start;
    }
}
