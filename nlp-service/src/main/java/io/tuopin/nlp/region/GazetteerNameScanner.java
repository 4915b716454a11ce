package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Gazetteer.NameEntry;
import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds gazetteer names in text, leftmost-longest. The index is built once from the gazetteer:
 * full names of every level (townships from three characters up), short and former names of
 * provinces, prefectures and counties; generic words that are also official names (城区, 郊区) are left out.
 */
final class GazetteerNameScanner {
    private static final Set<String> GENERIC = Set.of("城区", "郊区", "矿区", "新区", "市区", "县城", "开发区", "高新区");
    private static final int MIN_TOWNSHIP = 3;
    private static final String NOT_AFTER_SHORT = "级区城域长委乡镇村";
    private static final String PLACE_END = "省市州盟区县旗的在到与和及是";
    private static final String DATE_DIGITS = "〇零一二三四五六七八九十今去前明当同";

    private final Map<String, List<NameEntry>> index = new HashMap<>();
    /** Longest name for each first two characters: most positions of a text start no name. */
    private final PairLengths longestByPrefix = new PairLengths();
    /**
     * The first characters of names, a bit per BMP character (8 KB, stays in the first-level cache): most
     * characters of a text start no name, and this answers them before the pair table (512 KB) is read.
     */
    private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    GazetteerNameScanner(Gazetteer gazetteer) {
        for (Map.Entry<String, List<NameEntry>> e : gazetteer.names().entrySet()) {
            List<NameEntry> usable = e.getValue().stream().filter(GazetteerNameScanner::usable).toList();
            if (!usable.isEmpty() && !GENERIC.contains(e.getKey()) && e.getKey().length() >= 2) {
                index.put(e.getKey(), usable);
                longestByPrefix.putMax(e.getKey().charAt(0), e.getKey().charAt(1), e.getKey().length());
                firstChars[e.getKey().charAt(0) >>> 6] |= 1L << e.getKey().charAt(0);
            }
        }
    }

    private static boolean usable(NameEntry e) {
        if (Region.TOWNSHIP.equals(e.region().level())) {
            return e.kind() == Gazetteer.NameKind.FULL && e.name().length() >= MIN_TOWNSHIP;
        }
        return true;
    }

    /**
     * Two-character names (开县, 和县, 安图) are often the tail of another word (召开县级, 和县区): they
     * count only after a non-Han character or a place suffix, and not before 级/区/城/域.
     */
    private boolean standsAlone(String text, int start, int end) {
        char prev = start > 0 ? text.charAt(start - 1) : ' ';
        char next = end < text.length() ? text.charAt(end) : ' ';
        boolean placeFollows = countyOrAboveAt(text, end); // 云南镇雄: 镇 starts the next place, not a township
        if (NOT_AFTER_SHORT.indexOf(next) >= 0 && !placeFollows || Character.isDigit(prev)) { // 1200户县城: not 户县
            return false;
        }
        return !Character.isIdeographic(prev) || PLACE_END.indexOf(prev) >= 0 || afterDate(text, start);
    }

    /** 2020年环县人民政府, 2019年底岷县: a date ends right before the name. */
    private static boolean afterDate(String text, int start) {
        if (start < 2) {
            return false;
        }
        char prev = text.charAt(start - 1);
        char before = text.charAt(start - 2);
        if ("年月日".indexOf(prev) >= 0) {
            return Character.isDigit(before) || DATE_DIGITS.indexOf(before) >= 0;
        }
        return "底末初".indexOf(prev) >= 0 && (before == '年' || before == '月');
    }

    /** Whether a name of a county or a larger division starts at this offset. */
    private boolean countyOrAboveAt(String text, int start) {
        int longest = start + 2 > text.length() ? 0 : longestByPrefix.get(text.charAt(start), text.charAt(start + 1));
        if (longest == 0) {
            return false;
        }
        for (int len = Math.min(longest, text.length() - start); len >= 2; len--) {
            List<NameEntry> entries = index.get(text.substring(start, start + len));
            if (entries != null && entries.stream().anyMatch(e -> Region.rank(e.region().level()) <= Region.rank(Region.COUNTY))) {
                return true;
            }
        }
        return false;
    }

    List<NameMatch> scan(String text) {
        List<NameMatch> out = new ArrayList<>();
        char[] chars = text.toCharArray(); // read at every offset: an array read costs less than charAt
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if ((firstChars[c >>> 6] & 1L << c) == 0) {
                i++;
                continue;
            }
            NameMatch previous = out.isEmpty() ? null : out.get(out.size() - 1);
            NameMatch match = longestAt(text, i, previous != null && previous.end() == i && isProvinceOrPrefecture(previous));
            if (match == null) {
                i++;
            } else {
                out.add(match);
                i = match.end();
            }
        }
        return out;
    }

    /** 云南镇雄, 江西瑞金: a short name right after its province or prefecture stands alone. */
    private static boolean isProvinceOrPrefecture(NameMatch m) {
        return m.entries().stream().anyMatch(e -> Region.rank(e.region().level()) <= Region.rank(Region.PREFECTURE));
    }

    private NameMatch longestAt(String text, int start, boolean afterRegion) {
        int longest = start + 2 > text.length() ? 0 : longestByPrefix.get(text.charAt(start), text.charAt(start + 1));
        if (longest == 0) {
            return null;
        }
        for (int len = Math.min(longest, text.length() - start); len >= 2; len--) {
            String candidate = text.substring(start, start + len);
            List<NameEntry> entries = index.get(candidate);
            if (entries != null && (len > 2 || afterRegion || standsAlone(text, start, start + len))) {
                return new NameMatch(start, start + len, candidate, entries);
            }
        }
        return null;
    }

    /**
     * The longest name length for each pair of first characters, looked up without making a string
     * (this is asked at every position of every article): open addressing over the packed pair.
     */
    private static final class PairLengths {
        private static final int FILTER_BITS = 18;
        private int[] keys = new int[1 << 16];
        private int[] values = new int[1 << 16];
        private int size;
        /** A bit per hashed pair (32 KB, cache-resident): a clear bit answers 0 without reading the table. */
        private final long[] filter = new long[(1 << FILTER_BITS) / Long.SIZE];

        void putMax(char a, char b, int length) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int key = pack(a, b);
            int bit = filterBit(key);
            filter[bit >>> 6] |= 1L << bit;
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (keys[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            values[slot] = Math.max(values[slot], length);
        }

        /** The longest length for the pair, 0 for none. */
        int get(char a, char b) {
            int key = pack(a, b);
            int bit = filterBit(key);
            if ((filter[bit >>> 6] & 1L << bit) == 0) {
                return 0;
            }
            int slot = slot(key, keys.length);
            while (keys[slot] != 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & (keys.length - 1);
            }
            return 0;
        }

        /** Never 0 (the empty slot): a name's first character is no NUL. */
        private static int pack(char a, char b) {
            return a << 16 | b;
        }

        private static int filterBit(int key) {
            return key * 0x61C88647 >>> (Integer.SIZE - FILTER_BITS);
        }

        private static int slot(int key, int length) {
            return (key * 0x9E3779B9 >>> 7) & (length - 1);
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
