package io.tuopin.nlp.document;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.RegionAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The regions an article references, indexed by code, for constant-time walks up the hierarchy. */
public final class RegionTree {
    private static final int MAX_DEPTH = 6;
    private final Map<String, RegionInfo> byCode = new HashMap<>();

    public RegionTree(RegionAnalysis regions) {
        for (RegionInfo r : regions.regions()) {
            if (r.code() != null) {
                byCode.putIfAbsent(r.code(), r);
            }
        }
    }

    /** The chain from the region up to its province, the region first. */
    public List<RegionInfo> chain(RegionInfo region) {
        List<RegionInfo> chain = new ArrayList<>();
        RegionInfo current = region;
        while (current != null && chain.size() < MAX_DEPTH) {
            chain.add(current);
            current = parent(current);
        }
        return chain;
    }

    /** Whether {@code inner} lies within {@code outer} (or is it): one of its {@link #chain}, walked without building it. */
    public boolean isWithin(RegionInfo inner, RegionInfo outer) {
        RegionInfo current = inner;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current == outer || Objects.equals(current, outer)) {
                return true;
            }
            current = parent(current);
        }
        return false;
    }

    private RegionInfo parent(RegionInfo region) {
        return region.parentCode() == null ? null : byCode.get(region.parentCode());
    }
}
