package io.tuopin.nlp.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs UTF-8 text that was decoded as GBK, the commonest mojibake in scraped Chinese pages:
 * {@code 鈥滄垜浠�鏉戜慨閫氫簡璺�} is {@code “我们村修通了路} with two bytes lost. A run of characters
 * that GBK encodes in two bytes each is re-encoded and decoded as UTF-8; where a byte was lost (the
 * decoder wrote U+FFFD for it, or a sequence breaks off) the character becomes U+FFFD, marked
 * unreliable. The run is taken only when it decodes to Chinese throughout, at least two characters
 * survive, no more than one in three is lost, and the result reads as more ordinary Chinese than the
 * run did ({@link CharPlausibility}); genuine Chinese text fails the first test at once. Linear: each
 * character starts at most one attempt, and an attempt reads at most {@link #MAX_RUN} characters.
 */
final class Utf8ReadAsGbk {
    private static final char REPLACEMENT = MojibakeRepairer.REPLACEMENT;
    static final int MAX_RUN = 400;
    private static final int UNKNOWN = -1;
    private static final double MIN_GAIN = 0.5;
    /** The two GBK bytes of every BMP character that GBK encodes in two (high byte << 8 | low), else 0. */
    private static final char[] GBK = gbkTable();

    MappedText repair(MappedText in) {
        // The loops read a char[] copy (C1 checks the bounds of every String.charAt) and copy the
        // characters they keep in runs, not one call per character.
        char[] chars = in.text().toCharArray();
        if (!hasCandidates(chars)) {
            return in;
        }
        MappedText.Builder out = MappedText.builder(in.length());
        int kept = 0; // characters [kept, i) are kept, not yet appended
        int i = 0;
        while (i < chars.length) {
            int runEnd = i;
            while (runEnd < chars.length && runEnd - i < MAX_RUN && isCandidate(chars[runEnd])) {
                runEnd++;
            }
            if (runEnd - i < 2) {
                i = Math.max(i + 1, runEnd);
                continue;
            }
            out.append(in, kept, i);
            repairRun(in, chars, i, runEnd, out);
            i = runEnd;
            kept = i;
        }
        out.append(in, kept, chars.length);
        return out.build();
    }

    static boolean hasCandidates(char[] chars) {
        for (int i = 0; i + 1 < chars.length; i++) {
            if (isCandidate(chars[i]) && isCandidate(chars[i + 1]) && isMojibakeLead(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** GBK characters whose first byte is a UTF-8 lead byte of a CJK character (E2..E9): where a run can start. */
    private static boolean isMojibakeLead(char c) {
        int lead = GBK[c] >> 8;
        return lead >= 0xE2 && lead <= 0xEF;
    }

    /** A lost character, or one whose first GBK byte is a UTF-8 lead byte: where a decoded stretch can start. */
    static boolean mayStartUtf8(char c) {
        return c == REPLACEMENT || isMojibakeLead(c);
    }

    static boolean isCandidate(char c) {
        return c == REPLACEMENT || GBK[c] != 0;
    }

    /** Appends the run [start, end) of {@code in} ({@code chars} is its text), repaired where it can be. */
    private static void repairRun(MappedText in, char[] chars, int start, int end, MappedText.Builder out) {
        Bytes bytes = null;
        int kept = start; // characters [kept, k) are kept, not yet appended
        int k = start;
        while (k < end) {
            if (!mayStartUtf8(chars[k])) { // decodeFrom would stop at the first byte
                k++;
                continue;
            }
            bytes = bytes == null ? Bytes.of(chars, start, end) : bytes;
            Decoded d = decodeFrom(bytes, k - start);
            int stop = start + d.chars();
            if (stop > k && d.acceptable() && readsBetter(d.text(), in.text().substring(k, stop))) {
                out.append(in, kept, k);
                for (int j = 0; j < d.text().length(); j++) {
                    char c = d.text().charAt(j);
                    out.append(c, in.source(start + d.owners().get(j)), c == REPLACEMENT);
                }
                k = stop;
                kept = k;
            } else {
                k++;
            }
        }
        out.append(in, kept, end);
    }

    /** Whether the decoded characters (the lost ones aside) read as more ordinary Chinese than the run did. */
    static boolean readsBetter(String decoded, String original) {
        String kept = decoded.replace(String.valueOf(REPLACEMENT), "");
        return CharPlausibility.score(kept) > CharPlausibility.score(original) + MIN_GAIN;
    }

    /** The GBK bytes of a run, with the run character each came from and where each character's bytes begin. */
    record Bytes(int[] values, int[] owner, int[] charStart) {
        static Bytes of(char[] chars, int start, int end) {
            int n = end - start;
            int[] values = new int[2 * n];
            int[] owner = new int[2 * n];
            int[] charStart = new int[n + 1];
            int b = 0;
            for (int k = 0; k < n; k++) {
                char c = chars[start + k];
                charStart[k] = b;
                if (c == REPLACEMENT) {
                    owner[b] = k;
                    values[b++] = UNKNOWN;
                } else {
                    owner[b] = k;
                    values[b++] = GBK[c] >> 8;
                    owner[b] = k;
                    values[b++] = GBK[c] & 0xff;
                }
            }
            charStart[n] = b;
            return new Bytes(java.util.Arrays.copyOf(values, b), java.util.Arrays.copyOf(owner, b), charStart);
        }
    }

    /**
     * The longest acceptable stretch from run character {@code first} that decodes as UTF-8 Chinese and
     * ends on a character boundary: its text (U+FFFD for lost characters), the run character each decoded character
     * came from, and how many run characters it covers (counted from the run's start).
     */
    record Decoded(String text, List<Integer> owners, int chars, int valid, int lost) {
        boolean acceptable() {
            return acceptable(valid, lost);
        }

        static boolean acceptable(int valid, int lost) {
            return valid >= 2 && lost * 3 <= valid + lost;
        }
    }

    /**
     * Counts first and keeps no characters while it looks for the longest acceptable stretch (most
     * attempts find none), then decodes that stretch again for its text.
     */
    private static Decoded decodeFrom(Bytes bytes, int first) {
        int from = bytes.charStart()[first];
        int b = from;
        int valid = 0;
        int lost = 0;
        int bestEnd = -1; // the byte where the longest acceptable stretch ends
        int bestChars = first;
        int bestValid = 0;
        int bestLost = 0;
        while (b < bytes.values().length) {
            int[] step = decodeOne(bytes.values(), b);
            if (step == null) {
                break;
            }
            valid += step[0] == REPLACEMENT ? 0 : 1;
            lost += step[0] == REPLACEMENT ? 1 : 0;
            b = step[1];
            int boundary = java.util.Arrays.binarySearch(bytes.charStart(), b);
            if (boundary >= 0 && Decoded.acceptable(valid, lost)) {
                bestEnd = b;
                bestChars = boundary;
                bestValid = valid;
                bestLost = lost;
            }
        }
        if (bestEnd < 0) {
            return new Decoded("", List.of(), first, 0, 0);
        }
        StringBuilder text = new StringBuilder();
        List<Integer> owners = new ArrayList<>();
        for (int p = from; p < bestEnd; ) {
            int[] step = decodeOne(bytes.values(), p);
            text.append((char) step[0]);
            owners.add(bytes.owner()[p]);
            p = step[1];
        }
        return new Decoded(text.toString(), List.copyOf(owners), bestChars, bestValid, bestLost);
    }

    /** One character from byte b: {char, next byte}; U+FFFD for a character whose bytes were lost; null when no UTF-8 Chinese starts here. */
    static int[] decodeOne(int[] v, int b) {
        int lead = v[b];
        if (lead == UNKNOWN) {
            int p = b + 1;
            while (p < v.length && p - b <= 2 && isContinuation(v[p])) {
                p++;
            }
            return new int[] {REPLACEMENT, p};
        }
        if (lead < 0xE2 || lead > 0xEF) {
            return null;
        }
        int code = lead & 0x0f;
        for (int p = b + 1; p < b + 3; p++) {
            if (p >= v.length) {
                return null;
            }
            if (v[p] == UNKNOWN) { // one byte lost (or two): the continuation bytes after it are still this character's
                int q = p + 1;
                while (q < b + 3 && q < v.length && isContinuation(v[q])) {
                    q++;
                }
                return new int[] {REPLACEMENT, q};
            }
            if (!isContinuation(v[p])) {
                return null;
            }
            code = code << 6 | v[p] & 0x3f;
        }
        return isChinese((char) code) ? new int[] {code, b + 3} : null;
    }

    private static boolean isContinuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** Han, CJK and full-width punctuation and the curly quotes: what a Chinese article is made of. */
    private static boolean isChinese(char c) {
        return Chars.isHan(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2010 && c <= 0x2027;
    }

    private static char[] gbkTable() {
        char[] table = new char[0x10000];
        CharsetEncoder encoder = Charset.forName("GBK").newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer out = ByteBuffer.allocate(8);
        for (int c = 0x80; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c) || c == REPLACEMENT) {
                continue;
            }
            out.clear();
            encoder.reset();
            if (encoder.encode(CharBuffer.wrap(new char[] {(char) c}), out, true).isError() || out.position() != 2) {
                continue;
            }
            table[c] = (char) ((out.get(0) & 0xff) << 8 | out.get(1) & 0xff);
        }
        return table;
    }
}
