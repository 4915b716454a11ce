package io.tuopin.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    /** The id's definition as first written; the loop must give the same ids. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final String ALPHABET = "贫困户人县村年 \t\n\r\f\u000b\u3000\u00a0\u2003\u001cab1，。";

    @Test
    void spacingDoesNotMakeAnotherArticle() {
        String id = ArticleIds.of("全县脱贫 1200户\n\n3500人。");
        assertEquals(id, ArticleIds.of("  全县脱贫\u3000\u00a01200户 3500人。\r\n"));
        assertNotEquals(id, ArticleIds.of("全县脱贫 1200户 3501人。"));
        assertNotEquals(id, ArticleIds.of("全县脱贫1200户 3500人。"));
    }

    @Test
    void collapsesLikeTheRegexOnRandomTexts() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(SPACES.matcher(s).replaceAll(" "), ArticleIds.collapseSpaces(s), () -> "for " + escaped(s));
        }
    }

    @Test
    void idIsTheRegexDefinitionsHash() {
        String text = "\u00a0 某县 2020年\t\t脱贫\u3000\u3000人口 \u2003 1.2万人 \u00a0";
        String expected = ArticleIds.sha256Hex(SPACES.matcher(text.strip()).replaceAll(" ")).substring(0, 32);
        assertEquals(expected, ArticleIds.of(text));
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
