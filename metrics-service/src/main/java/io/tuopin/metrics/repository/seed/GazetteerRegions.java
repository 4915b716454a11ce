package io.tuopin.metrics.repository.seed;

import io.tuopin.events.RegionInfo;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every division of the gazetteer as the events describe it ({@link Gazetteer#toRegionInfo}: short
 * names, former names and former codes as aliases), so seeded rows and event rows agree.
 */
final class GazetteerRegions {

    private GazetteerRegions() {
    }

    /** Provinces first, then each division below its parent. */
    static List<RegionInfo> all(Gazetteer gazetteer) {
        List<RegionInfo> out = new ArrayList<>(gazetteer.size());
        List<Region> level = provinces(gazetteer);
        while (!level.isEmpty()) {
            List<Region> next = new ArrayList<>();
            for (Region region : level) {
                out.add(gazetteer.toRegionInfo(region));
                next.addAll(gazetteer.children(region.code()));
            }
            level = next;
        }
        return out;
    }

    /** The gazetteer lists no roots, but every province has a name in its index. */
    private static List<Region> provinces(Gazetteer gazetteer) {
        return gazetteer.names().values().stream().flatMap(List::stream)
                .map(Gazetteer.NameEntry::region)
                .filter(r -> r.parentCode() == null)
                .distinct()
                .sorted(Comparator.comparing(Region::code))
                .toList();
    }
}
