package io.tuopin.nlp.text;

import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Text under construction with, for every character, the index in the decoded input it came from
 * and whether it is unreliable (mojibake that could not be repaired). Every cleaning step maps a
 * MappedText to a new one through {@link Builder}, so the offset map stays exact.
 */
public final class MappedText {
    private final String text;
    private final int[] source;
    private final BitSet unreliable;

    private MappedText(String text, int[] source, BitSet unreliable) {
        this.text = text;
        this.source = source;
        this.unreliable = unreliable;
    }

    /** The decoded input itself: character i comes from index i. */
    public static MappedText identity(String text) {
        int[] source = new int[text.length()];
        for (int i = 0; i < source.length; i++) {
            source[i] = i;
        }
        return new MappedText(text, source, new BitSet());
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    public int source(int i) {
        return source[i];
    }

    public boolean unreliable(int i) {
        return unreliable.get(i);
    }

    /** {@link #source} for every index, plus one entry for the end of the text. */
    public int[] sourceIndex(int sourceLength) {
        int[] out = new int[text.length() + 1];
        System.arraycopy(source, 0, out, 0, source.length);
        out[text.length()] = source.length == 0 ? 0 : Math.min(sourceLength, source[source.length - 1] + 1);
        return out;
    }

    public List<Span> unreliableSpans() {
        List<Span> spans = new ArrayList<>();
        for (int i = unreliable.nextSetBit(0); i >= 0; ) {
            int end = unreliable.nextClearBit(i);
            spans.add(new Span(i, end));
            i = unreliable.nextSetBit(end);
        }
        return spans;
    }

    public MappedText substring(int start, int end) {
        Builder b = new Builder(end - start);
        b.append(this, start, end);
        return b.build();
    }

    public static Builder builder(int capacity) {
        return new Builder(capacity);
    }

    /**
     * Appends characters with their source index; the only way cleaning steps make text. A step
     * that so far has copied its input unchanged from the start (the common case: most texts need no
     * repair, no gloss removal, no conversion) costs nothing per character: the builder only counts
     * the copied prefix, copies it in bulk when the step first changes something, and hands back the
     * input itself when the step changed nothing.
     */
    public static final class Builder {
        private final int capacity;
        private StringBuilder text;
        private int[] source;
        private BitSet unreliable;
        /** While {@code text} is null: the input whose first {@code prefix} characters are all that was appended. */
        private MappedText prefixOf;
        private int prefix;

        Builder(int capacity) {
            this.capacity = Math.max(16, capacity);
        }

        public Builder append(char c, int sourceIndex, boolean unreliableChar) {
            materialize();
            if (text.length() == source.length) {
                source = java.util.Arrays.copyOf(source, source.length * 2);
            }
            if (unreliableChar) {
                unreliable.set(text.length());
            }
            source[text.length()] = sourceIndex;
            text.append(c);
            return this;
        }

        /** Appends character i of {@code from} keeping its source index and flag. */
        public Builder appendFrom(MappedText from, int i) {
            if (text == null && i == prefix && (prefixOf == null || prefixOf == from)) {
                prefixOf = from;
                prefix++;
                return this;
            }
            return append(from.charAt(i), from.source(i), from.unreliable(i));
        }

        /** Appends {@code c} in place of character i of {@code from}. */
        public Builder replace(MappedText from, int i, char c) {
            if (c == from.charAt(i)) {
                return appendFrom(from, i);
            }
            return append(c, from.source(i), from.unreliable(i));
        }

        public Builder append(MappedText from, int start, int end) {
            if (text == null && start == prefix && (prefixOf == null || prefixOf == from)) {
                prefixOf = from;
                prefix = end;
                return this;
            }
            materialize();
            int at = text.length();
            int n = end - start;
            if (at + n > source.length) {
                source = java.util.Arrays.copyOf(source, Math.max(source.length * 2, at + n));
            }
            text.append(from.text, start, end);
            System.arraycopy(from.source, start, source, at, n);
            if (!from.unreliable.isEmpty()) {
                for (int i = from.unreliable.nextSetBit(start); i >= 0 && i < end; i = from.unreliable.nextSetBit(i + 1)) {
                    unreliable.set(at + i - start);
                }
            }
            return this;
        }

        /** Turns the counted unchanged prefix into real content, in bulk. */
        private void materialize() {
            if (text != null) {
                return;
            }
            text = new StringBuilder(capacity);
            source = new int[capacity];
            unreliable = new BitSet();
            MappedText from = prefixOf;
            int n = prefix;
            prefixOf = null;
            prefix = 0;
            if (from != null && n > 0) {
                append(from, 0, n);
            }
        }

        public int length() {
            return text == null ? prefix : text.length();
        }

        public char lastChar() {
            if (text == null) {
                return prefix == 0 ? '\0' : prefixOf.charAt(prefix - 1);
            }
            return text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
        }

        public void deleteLast() {
            materialize();
            unreliable.clear(text.length() - 1);
            text.setLength(text.length() - 1);
        }

        public MappedText build() {
            if (text == null) {
                if (prefixOf != null && prefix == prefixOf.length()) {
                    return prefixOf; // nothing changed: the input itself (MappedText is immutable)
                }
                materialize();
            }
            return new MappedText(text.toString(), java.util.Arrays.copyOf(source, text.length()), (BitSet) unreliable.clone());
        }
    }
}
