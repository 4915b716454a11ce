package io.tuopin.metrics.service;

import io.tuopin.metrics.domain.Region;

/** A region named in a response: key (code, or parentCode/name for a village), code, name, level. */
public record RegionRefView(String key, String code, String name, String level) {

    public static RegionRefView of(Region region) {
        return region == null ? null : new RegionRefView(region.key, region.code, region.name, region.level);
    }
}
