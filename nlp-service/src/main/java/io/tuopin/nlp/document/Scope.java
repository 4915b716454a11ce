package io.tuopin.nlp.document;

import io.tuopin.events.RegionInfo;

/**
 * What a stretch of text is about: a region, or the whole country (全国, 我国), whose figures belong to
 * no region of the gazetteer.
 */
public record Scope(RegionInfo region, boolean national) {
    public static final Scope NATIONAL = new Scope(null, true);
    public static final Scope NONE = new Scope(null, false);

    public static Scope of(RegionInfo region) {
        return region == null ? NONE : new Scope(region, false);
    }

    public boolean isRegion() {
        return region != null;
    }
}
