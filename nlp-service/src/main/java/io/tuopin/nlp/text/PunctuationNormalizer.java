package io.tuopin.nlp.text;

/**
 * One character in, at most one character out, so offsets stay simple:
 * <ul>
 * <li>full-width digits, Latin letters, ％ and ． become ASCII (３．８％ -> 3.8%), so figures read the same
 *     in every article;</li>
 * <li>ASCII , ; : ! ? ( ) next to Chinese text become their full-width forms (but not between digits:
 *     1,000 and 15:32 stay);</li>
 * <li>runs of clause and sentence punctuation collapse to one mark ({@code ,,} -> ，, {@code ,。} -> 。,
 *     {@code ,、} -> 、): a sentence end wins over a clause mark, so no sentence end is lost;</li>
 * <li>whitespace runs inside a line become one space; lines are trimmed.</li>
 * </ul>
 */
final class PunctuationNormalizer {
    private static final String HALF = ",;:!?()";
    private static final String FULL = "，；：！？（）";
    private static final String COLLAPSIBLE = "，、；：。！？";
    /** Preference when a run collapses: the first of these present in the run is kept. */
    private static final String STRENGTH = "？！。；：、，";

    MappedText normalize(MappedText in) {
        return collapse(widen(in));
    }

    private MappedText widen(MappedText in) {
        MappedText.Builder out = MappedText.builder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％' || c == '．') {
                out.replace(in, i, (char) (c - 0xFEE0));
            } else if (HALF.indexOf(c) >= 0 && isChineseSide(in, i, out.lastChar())) {
                out.replace(in, i, FULL.charAt(HALF.indexOf(c)));
            } else if (c == '\r') {
                continue;
            } else {
                out.appendFrom(in, i);
            }
        }
        return out.build();
    }

    private static boolean isChineseSide(MappedText in, int i, char prev) {
        char next = i + 1 < in.length() ? in.charAt(i + 1) : ' ';
        if (Character.isDigit(prev) && Character.isDigit(next)) {
            return false;
        }
        return Chars.isChineseContext(prev) || Chars.isChineseContext(next);
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
                if (!lineEdge) {
                    out.replace(in, i, ' ');
                }
                i = end;
            } else {
                out.appendFrom(in, i++);
            }
        }
        return out.build();
    }

    private static int runEnd(MappedText in, int start) {
        int end = start + 1;
        while (end < in.length() && COLLAPSIBLE.indexOf(in.charAt(end)) >= 0) {
            end++;
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
