package io.tuopin.gazetteer;

import java.io.IOException;
import java.io.InputStream;
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
     * its own line, then {@code NNN<TAB>name} for each of its villages, every code ascending; lines
     * starting with {@code #} are comments, and {@code # size <villages> <name characters>} sizes the
     * arrays at once. Parsed from the bytes straight into the arrays: loading 620,000 villages leaves
     * next to no garbage, so it does not make the heap grow.
     */
    public static VillageIndex read(InputStream in) throws IOException {
        return new Parser(in).parse();
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

    /** A line parser over a reused buffer. */
    private static final class Parser {
        private static final String SIZE = "# size ";
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private final byte[] line = new byte[1 << 12];
        private Builder builder = new Builder(1 << 16, 1 << 18);
        private long township = -1;
        private int lineNumber;

        Parser(InputStream in) {
            this.in = in;
        }

        VillageIndex parse() throws IOException {
            int length = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        line(length);
                        length = 0;
                    } else if (length == line.length) {
                        throw new IOException("line " + (lineNumber + 1) + " is longer than " + line.length + " bytes");
                    } else {
                        line[length++] = b;
                    }
                }
            }
            if (length > 0) {
                line(length);
            }
            return builder.build();
        }

        private void line(int length) throws IOException {
            lineNumber++;
            if (length == 0) {
                return;
            }
            if (line[0] == '#') {
                comment(length);
                return;
            }
            int tab = indexOfTab(length);
            if (tab < 0) {
                township = digits(length, 9);
            } else if (township < 0 || tab != 3) {
                throw new IOException("village line " + lineNumber + " is not NNN<TAB>name under a township line");
            } else {
                builder.add(township * 1000 + digits(3, 3), line, tab + 1, length, lineNumber);
            }
        }

        private void comment(int length) {
            String text = new String(line, 0, length, StandardCharsets.UTF_8);
            if (text.startsWith(SIZE) && builder.isEmpty()) {
                String[] sizes = text.substring(SIZE.length()).trim().split(" ");
                builder = new Builder(Integer.parseInt(sizes[0]), Integer.parseInt(sizes[1]));
            }
        }

        private int indexOfTab(int length) {
            for (int i = 0; i < length; i++) {
                if (line[i] == '\t') {
                    return i;
                }
            }
            return -1;
        }

        /** The number in line[0, end), which must have {@code expected} digits. */
        private long digits(int end, int expected) throws IOException {
            long value = 0;
            boolean digitsOnly = true;
            for (int i = 0; i < end; i++) {
                digitsOnly &= line[i] >= '0' && line[i] <= '9';
                value = value * 10 + (line[i] - '0');
            }
            if (end != expected || !digitsOnly) {
                throw new IOException("line " + lineNumber + ": expected " + expected + " digits, got '"
                        + new String(line, 0, end, StandardCharsets.UTF_8) + "'");
            }
            return value;
        }
    }

    /** Grows primitive arrays while reading (unless sized right at once), then trims them. */
    private static final class Builder {
        private long[] codes;
        private char[] names;
        private int[] nameStart;
        private int count;
        private int chars;

        Builder(int villages, int nameChars) {
            codes = new long[Math.max(1, villages)];
            names = new char[Math.max(1, nameChars)];
            nameStart = new int[Math.max(1, villages) + 1];
        }

        boolean isEmpty() {
            return count == 0;
        }

        void add(long code, byte[] utf8, int from, int to, int lineNumber) throws IOException {
            if (count > 0 && code <= codes[count - 1]) {
                throw new IOException("line " + lineNumber + ": village codes must ascend");
            }
            if (code < POWERS[11]) {
                throw new IOException("line " + lineNumber + ": a village code has 12 digits");
            }
            if (from == to) {
                throw new IOException("line " + lineNumber + ": village without a name");
            }
            if (count == codes.length) {
                codes = Arrays.copyOf(codes, count * 2);
                nameStart = Arrays.copyOf(nameStart, count * 2 + 1);
            }
            if (chars + (to - from) > names.length) {
                names = Arrays.copyOf(names, Math.max(names.length * 2, chars + to - from));
            }
            nameStart[count] = chars;
            chars = Utf8.decode(utf8, from, to, names, chars, lineNumber);
            codes[count] = code;
            count++;
            nameStart[count] = chars;
        }

        VillageIndex build() {
            if (count == codes.length && chars == names.length) {
                return new VillageIndex(codes, names, nameStart);
            }
            return new VillageIndex(Arrays.copyOf(codes, count), Arrays.copyOf(names, chars),
                    Arrays.copyOf(nameStart, count + 1));
        }
    }

    /** UTF-8 to UTF-16 (1 to 4 bytes a character); malformed bytes are an error, never a guess. */
    private static final class Utf8 {
        private Utf8() {
        }

        static int decode(byte[] in, int from, int to, char[] out, int at, int lineNumber) throws IOException {
            int written = at;
            int i = from;
            while (i < to) {
                int b = in[i] & 0xFF;
                int extra = b < 0x80 ? 0 : b >= 0xF8 ? -1 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
                if (extra < 0 || i + extra >= to) {
                    throw new IOException("line " + lineNumber + ": malformed UTF-8");
                }
                int codePoint = extra == 0 ? b : b & (0x3F >> extra);
                for (int k = 1; k <= extra; k++) {
                    if ((in[i + k] & 0xC0) != 0x80) {
                        throw new IOException("line " + lineNumber + ": malformed UTF-8");
                    }
                    codePoint = codePoint << 6 | in[i + k] & 0x3F;
                }
                i += extra + 1;
                written += Character.toChars(codePoint, out, written);
            }
            return written;
        }
    }
}
