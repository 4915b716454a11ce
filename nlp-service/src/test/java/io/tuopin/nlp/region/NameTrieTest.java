package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameTrieTest {
    private static final String ALPHABET = "东西南北山河县村乡镇沟岭水";

    @Test
    void findsNamesStartingAtAnOffsetShortestFirst() {
        NameTrie<String> trie = new NameTrie<>();
        trie.put("东山", "a");
        trie.put("东山县", "b");
        trie.put("东山县北岭村", "c");
        NameTrie.Matches found = trie.newMatches();
        trie.namesAt("在东山县北岭村", 1, found);
        assertEquals(3, found.count());
        assertEquals(List.of(2, 3, 6), List.of(found.length(0), found.length(1), found.length(2)));
        assertEquals("c", trie.value(found, 2));
        trie.namesAt("在东山县北岭", 1, found); // the text ends inside the longest name
        assertEquals(2, found.count());
        trie.namesAt("东北", 0, found);
        assertEquals(0, found.count());
    }

    @Test
    void agreesWithAMapOfNamesOnRandomTexts() {
        Random random = new Random(11);
        NameTrie<String> trie = new NameTrie<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < 3_000; i++) { // enough names to grow the edge table several times
            String name = randomText(random, 2 + random.nextInt(6));
            names.put(name, "v" + i);
            trie.put(name, "v" + i);
        }
        NameTrie.Matches found = trie.newMatches();
        for (int n = 0; n < 2_000; n++) {
            String text = randomText(random, 1 + random.nextInt(20));
            for (int start = 0; start < text.length(); start++) {
                List<String> expected = new ArrayList<>();
                for (int end = start + 1; end <= text.length(); end++) {
                    String value = names.get(text.substring(start, end));
                    if (value != null) {
                        expected.add(end - start + "=" + value);
                    }
                }
                trie.namesAt(text, start, found);
                List<String> actual = new ArrayList<>();
                for (int k = 0; k < found.count(); k++) {
                    actual.add(found.length(k) + "=" + trie.value(found, k));
                }
                assertEquals(expected, actual, text + " at " + start);
            }
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
