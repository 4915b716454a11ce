package io.tuopin.nlp.text;

/** Character classes the cleaning steps share. */
final class Chars {
    static final String SENTENCE_END = "。！？";
    static final String CLAUSE_PUNCT = "，、；：";

    private Chars() {
    }

    static boolean isHan(char c) {
        if (c >= '\u4e00' && c <= '\u9ffc') { // the unified ideographs, nearly every Han character of a text
            return true;
        }
        return c >= '\u2e80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isCjkPunct(char c) {
        return SENTENCE_END.indexOf(c) >= 0 || CLAUSE_PUNCT.indexOf(c) >= 0 || "“”‘’（）《》【】…—".indexOf(c) >= 0;
    }

    static boolean isChineseContext(char c) {
        return isHan(c) || isCjkPunct(c);
    }

    static boolean isSpace(char c) {
        if (c < 0x80) { // Character.isWhitespace's ASCII answer, without its table lookup
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
        }
        if (c > '\u3000' && c != '\ufeff') { // Han and the rest of the upper BMP: no space (asked per character)
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }
}
