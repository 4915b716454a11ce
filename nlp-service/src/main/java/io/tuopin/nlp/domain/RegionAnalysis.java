package io.tuopin.nlp.domain;

import io.tuopin.events.RegionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The regions of one article.
 *
 * @param subject  the region the report is about (null when none was found)
 * @param mentions every region mention in text order
 * @param regions  every region referenced (mentions, subject) and all their ancestors, once each
 */
public record RegionAnalysis(RegionInfo subject, List<RegionMention> mentions, List<RegionInfo> regions) {

    public static RegionAnalysis empty() {
        return new RegionAnalysis(null, List.of(), List.of());
    }

    /** The region with this code among {@link #regions}, or null. */
    public RegionInfo byCode(String code) {
        if (code == null) {
            return null;
        }
        return regions.stream().filter(r -> code.equals(r.code())).findFirst().orElse(null);
    }

    /** The chain from the region up to its province, the region first. */
    public List<RegionInfo> chain(RegionInfo region) {
        List<RegionInfo> chain = new ArrayList<>();
        RegionInfo current = region;
        while (current != null && chain.size() < 6) {
            chain.add(current);
            current = byCode(current.parentCode());
        }
        return chain;
    }

    /** Whether {@code inner} lies within {@code outer} (or is it). */
    public boolean isWithin(RegionInfo inner, RegionInfo outer) {
        return chain(inner).stream().anyMatch(r -> Objects.equals(r, outer));
    }
}
