package io.tuopin.nlp.pattern;

/**
 * A fixed set of small non-negative numbers (characters, hashed character pairs) as a bit array. The
 * scanners ask it at every offset of a text, so a question is one array read: no bounds check beyond
 * the array's own, no boxing ({@link java.util.BitSet} grows and checks, which unoptimised code pays).
 */
public final class BitTable {
    private final long[] words;

    public BitTable(int size) {
        words = new long[(size + Long.SIZE - 1) / Long.SIZE];
    }

    /** A bit for every character of the BMP. */
    public static BitTable ofChars() {
        return new BitTable(Character.MAX_VALUE + 1);
    }

    public void set(int i) {
        words[i >>> 6] |= 1L << i;
    }

    public boolean get(int i) {
        return (words[i >>> 6] & 1L << i) != 0;
    }
}
