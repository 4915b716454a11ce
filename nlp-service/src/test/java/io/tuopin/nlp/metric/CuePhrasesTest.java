package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Phrase search through the per-text {@link CueIndex}, against a plain scan of every offset of the range. */
class CuePhrasesTest {
    private static final String ALPHABET = "贫困村户退出脱攻坚全，。2";

    @Test
    void gappedPhrasesAndIgnorePhrases() {
        CueIndex.Builder slots = new CueIndex.Builder();
        CuePhrases cues = new CuePhrases(List.of("贫困村…退出", "脱贫"), slots);
        CuePhrases ignore = new CuePhrases(List.of("脱贫攻坚"), slots);
        slots.seal();
        CueIndex text = slots.index("全县贫困村全部顺利退出，脱贫攻坚取得胜利，全部脱贫");
        assertEquals(List.of(new CuePhrases.Occurrence(2, 11, true), new CuePhrases.Occurrence(23, 25, false)),
                cues.find(text, 0, text.text().length(), ignore));
        assertEquals(List.of(), cues.find(text, 3, 11, ignore), "a phrase starts inside the range");
    }

    @Test
    void indexedSearchFindsWhatAScanOfEveryOffsetFinds() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            CueIndex.Builder slots = new CueIndex.Builder();
            List<List<String>> lists = new ArrayList<>();
            List<CuePhrases> phrases = new ArrayList<>();
            for (int l = 0; l < 4; l++) {
                List<String> list = new ArrayList<>();
                for (int p = random.nextInt(5); p >= 0; p--) {
                    list.add(randomPhrase(random));
                }
                lists.add(list);
                phrases.add(new CuePhrases(list, slots));
            }
            slots.seal();
            String text = randomText(random, 20 + random.nextInt(60));
            CueIndex index = slots.index(text);
            for (int q = 0; q < 20; q++) {
                int from = random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                int l = random.nextInt(4);
                int m = random.nextInt(4);
                assertEquals(scan(text, from, to, lists.get(l), lists.get(m)),
                        phrases.get(l).find(index, from, to, phrases.get(m)), text + " [" + from + "," + to + ")");
            }
        }
    }

    /** The search before the index: every offset of the range, the phrases in their order, then the masks. */
    private static List<CuePhrases.Occurrence> scan(String text, int from, int to, List<String> list, List<String> ignore) {
        List<CuePhrases.Occurrence> found = occurrences(text, from, to, list);
        if (found.isEmpty() || ignore.isEmpty()) {
            return found;
        }
        List<CuePhrases.Occurrence> masks = occurrences(text, Math.max(0, from - 6), Math.min(text.length(), to + 6),
                ignore);
        return found.stream().filter(o -> masks.stream().noneMatch(o::within)).toList();
    }

    private static List<CuePhrases.Occurrence> occurrences(String text, int from, int to, List<String> list) {
        List<CuePhrases.Occurrence> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (String phrase : list) {
                String[] parts = phrase.split("…", -1);
                if (i + parts[0].length() <= to && text.startsWith(parts[0], i)) {
                    int end = CuePhrases.rest(text, i + parts[0].length(), to, parts);
                    if (end >= 0) {
                        out.add(new CuePhrases.Occurrence(i, end, parts.length > 1));
                    }
                }
            }
        }
        return out;
    }

    /** Phrases of few characters, so that lists share first parts and one phrase often opens another. */
    private static String randomPhrase(Random random) {
        String phrase = randomText(random, 1 + random.nextInt(3), 3);
        return random.nextInt(3) == 0 ? phrase + "…" + randomText(random, 1 + random.nextInt(2), 4) : phrase;
    }

    private static String randomText(Random random, int length) {
        return randomText(random, length, 3 + random.nextInt(ALPHABET.length() - 2));
    }

    private static String randomText(Random random, int length, int letters) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(letters)));
        }
        return b.toString();
    }
}
