package io.tuopin.nlp.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PrefixedPatternTest {
    private static final PrefixedPattern ANAPHOR = PrefixedPattern.compile(
            "(?:全|该|我|本|这个)(县|市|村)(?![域场内])|(?<![农乡])(村)里", "全该我本这村");

    @Test
    void findsWhatFindFinds() {
        String text = "全县有12个村，该村里的农村里，这个市场不算，本村域外，我市共有村里人。";
        assertEquals(plainMatches(text, 0, text.length()), prefixedMatches(text, 0, text.length()));
        assertEquals(List.of("全县", "该村", "我市", "村里"), prefixedMatches(text, 0, text.length()).stream()
                .map(s -> text.substring(Integer.parseInt(s.split(":")[0]), Integer.parseInt(s.split(":")[1]))).toList());
    }

    @Test
    void lookBehindSeesBeforeTheRegionStart() {
        String text = "农村里";
        assertTrue(prefixedMatches(text, 1, text.length()).isEmpty(), "村 after 农 is no 村里 anaphor");
    }

    @Test
    void sameMatchesAsFindOnRandomText() {
        Random random = new Random(7);
        String alphabet = "全该我本这个县市村里农乡域场内，";
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(plainMatches(text, 0, text.length()), prefixedMatches(text, 0, text.length()), text);
        }
    }

    @Test
    void oneFinderServesManyWindows() {
        String text = "全县有村，该村里，我市有村里人";
        PrefixedPattern.Finder reused = ANAPHOR.finder(text);
        for (int from = 0; from < text.length(); from += 3) {
            int to = Math.min(text.length(), from + 7);
            List<String> found = new ArrayList<>();
            reused.within(from, to);
            while (reused.find()) {
                found.add(reused.start() + ":" + reused.end());
            }
            assertEquals(prefixedMatches(text, from, to), found, from + ".." + to);
        }
    }

    @Test
    void occursInAndEmptyText() {
        assertFalse(ANAPHOR.occursIn(""));
        assertFalse(ANAPHOR.occursIn("县城里的人"));
        assertTrue(ANAPHOR.occursIn("去年全县"));
    }

    private static List<String> plainMatches(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = ANAPHOR.pattern().matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            out.add(m.start() + ":" + m.end());
        }
        return out;
    }

    private static List<String> prefixedMatches(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        PrefixedPattern.Finder f = ANAPHOR.finder(text, from, to);
        while (f.find()) {
            out.add(f.start() + ":" + f.end());
        }
        return out;
    }
}
