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

    public boolean hasUnreliable() {
        return !unreliable.isEmpty();
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
     * Appends characters with their source index; the only way cleaning steps make text. Characters
     * copied unchanged from an input cost nothing per character: the builder only extends the
     * pending run of consecutive input characters and copies a run in bulk when it ends (most steps
     * change a few characters of a long text). A step that changed nothing hands back its input.
     */
    public static final class Builder {
        private final int capacity;
        private StringBuilder text;
        private int[] source;
        private BitSet unreliable;
        /** Characters [runStart, runEnd) of {@code runOf}: appended, not yet copied. */
        private MappedText runOf;
        private int runStart;
        private int runEnd;

        Builder(int capacity) {
            this.capacity = Math.max(16, capacity);
        }

        public Builder append(char c, int sourceIndex, boolean unreliableChar) {
            flush();
            start();
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
            return append(from, i, i + 1);
        }

        /** Appends {@code c} in place of character i of {@code from}. */
        public Builder replace(MappedText from, int i, char c) {
            if (c == from.charAt(i)) {
                return appendFrom(from, i);
            }
            return append(c, from.source(i), from.unreliable(i));
        }

        public Builder append(MappedText from, int start, int end) {
            if (runOf == from && start == runEnd) {
                runEnd = end;
                return this;
            }
            flush();
            runOf = from;
            runStart = start;
            runEnd = end;
            return this;
        }

        /**
         * Allocates the copy at the first character that is not the pending run's: until then a
         * step that changes nothing (one run over its whole input) costs no copy at all.
         */
        private void start() {
            if (text == null) {
                text = new StringBuilder(capacity);
                source = new int[capacity];
                unreliable = new BitSet();
            }
        }

        /** Copies the pending run in bulk. */
        private void flush() {
            MappedText from = runOf;
            runOf = null;
            if (from == null || runEnd == runStart) {
                return;
            }
            start();
            int at = text.length();
            int n = runEnd - runStart;
            if (at + n > source.length) {
                source = java.util.Arrays.copyOf(source, Math.max(source.length * 2, at + n));
            }
            text.append(from.text, runStart, runEnd);
            System.arraycopy(from.source, runStart, source, at, n);
            if (!from.unreliable.isEmpty()) {
                for (int i = from.unreliable.nextSetBit(runStart); i >= 0 && i < runEnd; i = from.unreliable.nextSetBit(i + 1)) {
                    unreliable.set(at + i - runStart);
                }
            }
        }

        public int length() {
            return (text == null ? 0 : text.length()) + (runOf == null ? 0 : runEnd - runStart);
        }

        public char lastChar() {
            if (runOf != null && runEnd > runStart) {
                return runOf.charAt(runEnd - 1);
            }
            return text == null || text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
        }

        public void deleteLast() {
            flush();
            start();
            unreliable.clear(text.length() - 1);
            text.setLength(text.length() - 1);
        }

        public MappedText build() {
            if (text == null && runOf != null && runStart == 0 && runEnd == runOf.length()) {
                return runOf; // nothing changed: the input itself (MappedText is immutable)
            }
            flush();
            start();
            return new MappedText(text.toString(), java.util.Arrays.copyOf(source, text.length()), (BitSet) unreliable.clone());
        }
    }
}
