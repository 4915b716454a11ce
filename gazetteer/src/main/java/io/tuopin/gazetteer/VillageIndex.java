package io.tuopin.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 620,000 villages and communities of {@code villages.tsv.gz}, held compactly: codes in one
 * sorted {@code long[]}, names in one {@code char[]} (about 13 MB in all, instead of the 60 MB that
 * a record per village costs). Lookups are by code (binary search) or by code prefix, which is how
 * a village is found under its township, county or prefecture. Immutable; thread-safe.
 */
public final class VillageIndex {
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};
    private static final VillageIndex EMPTY = new VillageIndex(new long[0], new char[0], new int[] {0});

    private final long[] codes;
    private final char[] names;
    /** Name i is names[nameStart[i] .. nameStart[i + 1]). */
    private final int[] nameStart;

    private VillageIndex(long[] codes, char[] names, int[] nameStart) {
        this.codes = codes;
        this.names = names;
        this.nameStart = nameStart;
    }

    public static VillageIndex empty() {
        return EMPTY;
    }

    /**
     * Reads the grouped format written by {@code build_gazetteer.py}: a township's 9-digit code on
     * its own line, then {@code NNN<TAB>name} for each of its villages, every code ascending.
     */
    public static VillageIndex read(InputStream in) throws IOException {
        Builder builder = new Builder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long township = -1;
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                township = digits(line, 9, lineNumber);
            } else if (township < 0 || tab != 3) {
                throw new IOException("village line " + lineNumber + " is not NNN<TAB>name under a township line");
            } else {
                builder.add(township * 1000 + digits(line.substring(0, 3), 3, lineNumber), line, tab + 1, lineNumber);
            }
        }
        return builder.build();
    }

    private static long digits(String s, int length, int lineNumber) throws IOException {
        if (s.length() != length || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IOException("line " + lineNumber + ": expected " + length + " digits, got '" + s + "'");
        }
        return Long.parseLong(s);
    }

    public int size() {
        return codes.length;
    }

    /** The village with this 12-digit code. */
    public Optional<Village> byCode(String code) {
        if (code == null || code.length() != Village.CODE_LENGTH || !isDigits(code)) {
            return Optional.empty();
        }
        int i = Arrays.binarySearch(codes, Long.parseLong(code));
        return i < 0 ? Optional.empty() : Optional.of(village(i));
    }

    /** Every village whose code starts with these digits (62: Gansu; 620122: 皋兰县; 620122105: 水阜镇). */
    public List<Village> within(String codePrefix) {
        int[] range = range(codePrefix);
        List<Village> out = new ArrayList<>(range[1] - range[0]);
        for (int i = range[0]; i < range[1]; i++) {
            out.add(village(i));
        }
        return out;
    }

    /** How many villages {@link #within} would list, without building them. */
    public int countWithin(String codePrefix) {
        int[] range = range(codePrefix);
        return range[1] - range[0];
    }

    /** The villages of this name whose code starts with these digits. */
    public List<Village> named(String name, String codePrefix) {
        int[] range = range(codePrefix);
        List<Village> out = new ArrayList<>(1);
        for (int i = range[0]; i < range[1]; i++) {
            if (nameEquals(i, name)) {
                out.add(village(i));
            }
        }
        return out;
    }

    private int[] range(String codePrefix) {
        if (codePrefix == null || codePrefix.isEmpty() || codePrefix.length() > Village.CODE_LENGTH || !isDigits(codePrefix)) {
            return new int[] {0, 0};
        }
        long scale = POWERS[Village.CODE_LENGTH - codePrefix.length()];
        long low = Long.parseLong(codePrefix) * scale;
        return new int[] {insertionPoint(low), insertionPoint(low + scale)};
    }

    private int insertionPoint(long code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? i : -i - 1;
    }

    private boolean nameEquals(int i, String name) {
        int start = nameStart[i];
        int length = nameStart[i + 1] - start;
        if (length != name.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (names[start + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private Village village(int i) {
        String code = String.valueOf(codes[i]);
        return new Village(code, new String(names, nameStart[i], nameStart[i + 1] - nameStart[i]));
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Grows primitive arrays while reading, then trims them. */
    private static final class Builder {
        private long[] codes = new long[1 << 16];
        private char[] names = new char[1 << 18];
        private int[] nameStart = new int[(1 << 16) + 1];
        private int count;
        private int chars;

        void add(long code, String line, int from, int lineNumber) throws IOException {
            if (count > 0 && code <= codes[count - 1]) {
                throw new IOException("line " + lineNumber + ": village codes must ascend");
            }
            if (code < POWERS[11]) {
                throw new IOException("line " + lineNumber + ": a village code has 12 digits");
            }
            int length = line.length() - from;
            if (length == 0) {
                throw new IOException("line " + lineNumber + ": village without a name");
            }
            if (count == codes.length) {
                codes = Arrays.copyOf(codes, count * 2);
                nameStart = Arrays.copyOf(nameStart, count * 2 + 1);
            }
            if (chars + length > names.length) {
                names = Arrays.copyOf(names, Math.max(names.length * 2, chars + length));
            }
            line.getChars(from, line.length(), names, chars);
            codes[count] = code;
            nameStart[count] = chars;
            chars += length;
            count++;
            nameStart[count] = chars;
        }

        VillageIndex build() {
            return new VillageIndex(Arrays.copyOf(codes, count), Arrays.copyOf(names, chars),
                    Arrays.copyOf(nameStart, count + 1));
        }
    }
}
