package io.tuopin.nlp.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Items (phrases, unit words) by the first character of their text, in the order given: what may
 * start at an offset, asked at every offset a scanner passes. Most characters start nothing and are
 * answered by a bit; the others by a binary search over the few first characters (no boxing).
 */
public final class FirstCharIndex<T> {
    private final BitTable firstChars = BitTable.ofChars();
    private final char[] sorted;
    private final T[][] itemsBySorted;
    private final T[] none;

    /** {@code newArray}: arrays, not lists, are handed out, so that a caller's loop allocates no iterator. */
    public FirstCharIndex(List<T> items, Function<T, String> text, IntFunction<T[]> newArray) {
        Map<Character, List<T>> byFirst = new TreeMap<>();
        for (T item : items) {
            char first = text.apply(item).charAt(0);
            byFirst.computeIfAbsent(first, c -> new ArrayList<>()).add(item);
            firstChars.set(first);
        }
        sorted = new char[byFirst.size()];
        @SuppressWarnings("unchecked")
        T[][] bySorted = (T[][]) new Object[byFirst.size()][];
        int k = 0;
        for (Map.Entry<Character, List<T>> e : byFirst.entrySet()) {
            sorted[k] = e.getKey();
            bySorted[k++] = e.getValue().toArray(newArray.apply(0));
        }
        itemsBySorted = bySorted;
        none = newArray.apply(0);
    }

    /** The items whose text starts with {@code c}, in the order given; empty for none. Not to be written to. */
    public T[] startingWith(char c) {
        return firstChars.get(c) ? itemsBySorted[Arrays.binarySearch(sorted, c)] : none;
    }
}
