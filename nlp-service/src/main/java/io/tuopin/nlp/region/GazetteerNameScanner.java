package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Gazetteer.NameEntry;
import io.tuopin.gazetteer.Region;
import io.tuopin.nlp.pattern.BitTable;
import java.util.ArrayList;
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
    private static final int PAIR_BITS = 18;

    private final NameTrie<List<NameEntry>> index = new NameTrie<>();
    /**
     * The first characters of names, a bit per BMP character (8 KB, stays in the first-level cache): most
     * characters of a text start no name, and this answers them before anything else is read.
     */
    private final BitTable firstChars = BitTable.ofChars();
    /** A bit per hashed pair of first characters (32 KB): a clear bit says no name starts here. */
    private final BitTable firstPairs = new BitTable(1 << PAIR_BITS);

    GazetteerNameScanner(Gazetteer gazetteer) {
        for (Map.Entry<String, List<NameEntry>> e : gazetteer.names().entrySet()) {
            List<NameEntry> usable = usable(e.getValue());
            String name = e.getKey();
            if (!usable.isEmpty() && !GENERIC.contains(name) && name.length() >= 2) {
                index.put(name, usable);
                firstChars.set(name.charAt(0));
                firstPairs.set(pairBit(name.charAt(0), name.charAt(1)));
            }
        }
    }

    private boolean mayStartName(char first, char second) {
        return firstChars.get(first) && firstPairs.get(pairBit(first, second));
    }

    private static int pairBit(char first, char second) {
        return (first << 16 | second) * 0x61C88647 >>> (Integer.SIZE - PAIR_BITS);
    }

    /** A plain loop, not a stream: this runs for every gazetteer name at start-up, mostly interpreted. */
    private static List<NameEntry> usable(List<NameEntry> entries) {
        List<NameEntry> out = new ArrayList<>(entries.size());
        for (NameEntry e : entries) {
            if (usable(e)) {
                out.add(e);
            }
        }
        return out.size() == entries.size() ? entries : List.copyOf(out);
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
        NameTrie.Matches names = index.newMatches();
        index.namesAt(text, start, names);
        for (int k = 0; k < names.count(); k++) {
            if (index.value(names, k).stream().anyMatch(e -> Region.rank(e.region().level()) <= Region.rank(Region.COUNTY))) {
                return true;
            }
        }
        return false;
    }

    List<NameMatch> scan(String text) {
        List<NameMatch> out = new ArrayList<>();
        NameTrie.Matches names = index.newMatches();
        char[] chars = text.toCharArray(); // read at every offset: an array read costs less than charAt
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (i + 1 == chars.length || !mayStartName(c, chars[i + 1])) {
                i++;
                continue;
            }
            NameMatch previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean afterRegion = previous != null && previous.end() == i && isProvinceOrPrefecture(previous);
            NameMatch match = longestAt(text, i, afterRegion, names);
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

    private NameMatch longestAt(String text, int start, boolean afterRegion, NameTrie.Matches names) {
        index.namesAt(text, start, names);
        for (int k = names.count() - 1; k >= 0; k--) {
            int end = start + names.length(k);
            if (names.length(k) > 2 || afterRegion || standsAlone(text, start, end)) {
                return new NameMatch(start, end, text.substring(start, end), index.value(names, k));
            }
        }
        return null;
    }
}
