package io.tuopin.metrics.service;

import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import java.util.List;
import java.util.Optional;

/** Region keys: the code (a listed village's too), or {@code parentCode/name} for a village the list lacks. */
public final class RegionKeys {
    public static final String VILLAGE = "village";
    /** A village figure that arrived before its article's entities waits under this prefix. */
    private static final String PROVISIONAL = "?/";

    private RegionKeys() {
    }

    public static String of(RegionInfo region) {
        return region.code() != null ? region.code() : region.parentCode() + "/" + region.name();
    }

    /** The key of a referenced region, looking villages up in the regions an event carries. */
    public static Optional<String> of(RegionRef ref, List<RegionInfo> known) {
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.code() != null) {
            return Optional.of(ref.code());
        }
        return villageKey(ref.name(), known);
    }

    public static Optional<String> villageKey(String name, List<RegionInfo> known) {
        return known.stream()
                .filter(r -> r.code() == null && VILLAGE.equals(r.level()) && r.name().equals(name))
                .findFirst().map(RegionKeys::of);
    }

    public static String provisionalVillage(String name) {
        return PROVISIONAL + name;
    }
}
