package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import io.tuopin.gazetteer.Village;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of the listed villages under a township or county that text may be searched for
 * (written name -> listed name: 让川村 -> 让川民族村 too), minus generic words and dictionary
 * words. Computed once per region and kept, since feeds bring the same counties again and again;
 * the cache is bounded (cleared when full). Thread-safe.
 */
final class ListedNames {
    /** 让川村 for 让川民族村: an ethnic village goes by its plain name too. */
    static final String ETHNIC = "民族村";
    private static final int MAX_REGIONS = 2_000;

    private final Gazetteer gazetteer;
    private final Map<String, Names> byRegion = new ConcurrentHashMap<>();

    /** Written name -> listed name, the last two characters of every written name, and the longest one's length. */
    record Names(Map<String, String> listed, Set<String> endings, int longest) {
    }

    ListedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Names under(Region region) {
        Names names = byRegion.get(region.code());
        if (names == null) {
            if (byRegion.size() >= MAX_REGIONS) {
                byRegion.clear();
            }
            names = compute(region);
            byRegion.put(region.code(), names);
        }
        return names;
    }

    private Names compute(Region region) {
        Map<String, String> names = new HashMap<>();
        for (Village v : gazetteer.villagesWithin(region)) {
            String name = v.name();
            if (name.length() >= 3 && !VillageNames.isGeneric(name) && !CommonWords.isCommonWord(name)) {
                names.putIfAbsent(name, name);
                if (name.endsWith(ETHNIC) && name.length() > ETHNIC.length() + 1) {
                    names.putIfAbsent(name.substring(0, name.length() - ETHNIC.length()) + "村", name);
                }
            }
        }
        Set<String> endings = new HashSet<>();
        names.keySet().forEach(n -> endings.add(n.substring(n.length() - 2)));
        return new Names(Map.copyOf(names), Set.copyOf(endings), names.keySet().stream().mapToInt(String::length).max().orElse(0));
    }
}
