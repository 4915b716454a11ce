package io.tuopin.metrics.service;

import io.tuopin.metrics.domain.Region;
import java.util.List;

/** A region in a search result. */
public record RegionSummary(String key, String code, String name, String level, String parentCode,
                            List<String> aliases) {

    public static RegionSummary of(Region region) {
        return new RegionSummary(region.key, region.code, region.name, region.level, region.parentKey,
                region.aliasList());
    }
}
