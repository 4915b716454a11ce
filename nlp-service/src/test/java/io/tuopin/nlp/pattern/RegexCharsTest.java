package io.tuopin.nlp.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link RegexChars} against java.util.regex itself. */
class RegexCharsTest {
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern ANY_BUT_LINE_TERMINATOR = Pattern.compile(".");
    private static final Pattern END = Pattern.compile("$");
    private static final String ALPHABET = "a村 \n\r\u0085\u2028\u2029\t";

    @Test
    void spacesAndLineTerminatorsOfEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertEquals(SPACE.matcher(s).matches(), RegexChars.isSpace(c), () -> "\\s " + (int) s.charAt(0));
            assertEquals(!ANY_BUT_LINE_TERMINATOR.matcher(s).matches(), RegexChars.isLineTerminator(c),
                    () -> "line terminator " + (int) s.charAt(0));
        }
    }

    @Test
    void dollarMatchesWhereTheRegexDoes() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = b.toString();
            for (int p = 0; p <= s.length(); p++) {
                Matcher m = END.matcher(s);
                assertEquals(m.find(p) && m.start() == p, RegexChars.isEnd(s, p), s + " at " + p);
            }
        }
    }
}
