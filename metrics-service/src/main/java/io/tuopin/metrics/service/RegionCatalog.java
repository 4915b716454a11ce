package io.tuopin.metrics.service;

import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Keeps the region table in step with the regions the events carry; never forgets a region. */
@ApplicationScoped
public class RegionCatalog {

    @Inject
    RegionRepository regions;

    /** Inserts or updates the regions of an entities record (which carries their whole hierarchy). */
    public void merge(List<RegionInfo> infos) {
        for (RegionInfo info : infos) {
            Region region = regions.findById(RegionKeys.of(info));
            if (region == null) {
                region = new Region();
                region.key = RegionKeys.of(info);
                update(region, info);
                regions.persist(region);
            } else {
                update(region, info);
            }
        }
    }

    /** Adds a region that a metrics record names, unless known; the entities record will place it. */
    public void ensure(RegionRef ref) {
        if (ref == null || ref.code() == null || regions.findById(ref.code()) != null) {
            return;
        }
        Region region = new Region();
        region.key = ref.code();
        region.code = ref.code();
        region.name = Objects.requireNonNullElse(ref.name(), ref.code());
        region.level = Objects.requireNonNullElse(ref.level(), "unknown");
        regions.persist(region);
    }

    private static void update(Region region, RegionInfo info) {
        region.code = info.code();
        region.name = info.name();
        region.level = info.level();
        if (info.parentCode() != null) {
            region.parentKey = info.parentCode();
        }
        region.mergeAliases(info.aliases());
    }
}
