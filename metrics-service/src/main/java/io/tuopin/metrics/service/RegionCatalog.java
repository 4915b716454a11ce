package io.tuopin.metrics.service;

import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the region table in step with the regions the events carry; never forgets a region. The
 * table starts with the whole gazetteer (seeded at start), so events mostly confirm known rows.
 */
@ApplicationScoped
public class RegionCatalog {
    private static final int VILLAGE_CODE_LENGTH = 12;
    private static final int TOWNSHIP_CODE_LENGTH = 9;

    private final RegionRepository regions;

    public RegionCatalog(RegionRepository regions) {
        this.regions = regions;
    }

    /** Inserts or updates the regions of an entities record (which carries their whole hierarchy). */
    public void merge(List<RegionInfo> infos) {
        for (RegionInfo info : infos) {
            Region region = regions.findById(RegionKeys.of(info));
            if (region == null) {
                region = new Region();
                region.key = RegionKeys.of(info);
                region.describe(info);
                regions.persist(region);
            } else {
                region.describe(info);
            }
        }
    }

    /**
     * The key under which a region that a metrics record names is stored: a former code (361121)
     * gives the current division's key (361104); an unknown code is added (a village of the village
     * list under its township, the first 9 digits of its code, when that is known), and the entities
     * record will place it. Null for a region without a code (a village the list lacks).
     */
    private String townshipOf(String code) {
        if (code.length() != VILLAGE_CODE_LENGTH) {
            return null;
        }
        String township = code.substring(0, TOWNSHIP_CODE_LENGTH);
        return regions.findById(township) == null ? null : township;
    }

    public String ensure(RegionRef ref) {
        if (ref == null || ref.code() == null) {
            return null;
        }
        if (regions.findById(ref.code()) != null) {
            return ref.code();
        }
        var current = regions.findByCode(ref.code());
        if (current.isPresent()) {
            return current.get().key;
        }
        Region region = new Region();
        region.key = ref.code();
        region.code = ref.code();
        region.name = Objects.requireNonNullElse(ref.name(), ref.code());
        region.level = Objects.requireNonNullElse(ref.level(), "unknown");
        region.parentKey = townshipOf(ref.code());
        regions.persist(region);
        return region.key;
    }
}
