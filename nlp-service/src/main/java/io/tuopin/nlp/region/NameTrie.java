package io.tuopin.nlp.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names as a character trie: which names start at an offset, found by reading the text in place (a map
 * of names needs a substring and a hash per candidate length). The first character is an array index;
 * deeper edges live in one open-addressing table keyed by (node, character). Not thread-safe while
 * names are put; safe to read from many threads afterwards.
 */
final class NameTrie<V> {
    private static final int ROOT = 0;
    private static final int NONE = -1;

    private final int[] firstLevel = new int[Character.MAX_VALUE + 1];
    private long[] edgeKeys = new long[1 << 12];
    private int[] edgeTargets = new int[1 << 12];
    private int edgeCount;
    private final List<V> values = new ArrayList<>();
    private int longest;

    NameTrie() {
        Arrays.fill(firstLevel, NONE);
        values.add(null); // the root
    }

    void put(String name, V value) {
        int node = ROOT;
        for (int i = 0; i < name.length(); i++) {
            int next = child(node, name.charAt(i));
            node = next == NONE ? addChild(node, name.charAt(i)) : next;
        }
        values.set(node, value);
        longest = Math.max(longest, name.length());
    }

    /** Room for every name that can start at one offset. */
    Matches newMatches() {
        return new Matches(longest);
    }

    /** Finds the names that start at {@code start}, shortest first, into {@code matches}. */
    void namesAt(String text, int start, Matches matches) {
        matches.count = 0;
        int node = ROOT;
        for (int i = start; i < text.length(); i++) {
            node = child(node, text.charAt(i));
            if (node == NONE) {
                return;
            }
            if (values.get(node) != null) {
                matches.lengths[matches.count] = i - start + 1;
                matches.nodes[matches.count++] = node;
            }
        }
    }

    /** The value of the {@code index}-th name a search found. */
    V value(Matches matches, int index) {
        return values.get(matches.nodes[index]);
    }

    /** The names found at one offset; reused from offset to offset by one caller, never shared. */
    static final class Matches {
        private final int[] lengths;
        private final int[] nodes;
        private int count;

        private Matches(int longest) {
            lengths = new int[longest];
            nodes = new int[longest];
        }

        int count() {
            return count;
        }

        int length(int index) {
            return lengths[index];
        }
    }

    private int child(int node, char c) {
        if (node == ROOT) {
            return firstLevel[c];
        }
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        for (int slot = slot(key, mask); edgeKeys[slot] != 0; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeTargets[slot];
            }
        }
        return NONE;
    }

    private int addChild(int node, char c) {
        int target = values.size();
        values.add(null);
        if (node == ROOT) {
            firstLevel[c] = target;
            return target;
        }
        if (edgeCount * 2 >= edgeKeys.length) {
            grow();
        }
        insert(key(node, c), target);
        edgeCount++;
        return target;
    }

    private void insert(long key, int target) {
        int mask = edgeKeys.length - 1;
        int slot = slot(key, mask);
        while (edgeKeys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = target;
    }

    private void grow() {
        long[] oldKeys = edgeKeys;
        int[] oldTargets = edgeTargets;
        edgeKeys = new long[oldKeys.length * 2];
        edgeTargets = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldTargets[i]);
            }
        }
    }

    /** Never 0 (the empty slot): edges below the root start from node 1. */
    private static long key(int node, char c) {
        return (long) node << 16 | c;
    }

    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    }
}
