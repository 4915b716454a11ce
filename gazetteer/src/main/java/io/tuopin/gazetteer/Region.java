package io.tuopin.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One administrative division.
 *
 * @param code       6 digits (province, prefecture, county level), 9 digits (township) or 12 (village)
 * @param level      {@code province}, {@code prefecture}, {@code county}, {@code township} or {@code village}
 * @param parentCode null for a province
 * @param shortNames names the division also goes by (汾西县 -> 汾西), derived by {@link ShortNames}
 * @param oldNames   former names from the alias file (上饶县 for 广信区)
 * @param oldCodes   former codes from the alias file (361121 for 广信区)
 */
public record Region(
        String code, String name, String level, String parentCode,
        List<String> shortNames, List<String> oldNames, List<String> oldCodes) {

    public static final String PROVINCE = "province";
    public static final String PREFECTURE = "prefecture";
    public static final String COUNTY = "county";
    public static final String TOWNSHIP = "township";
    public static final String VILLAGE = "village";

    /**
     * The record's own equality, written out: the generated one goes through method handles, which
     * unoptimised code (start-up, bin/extract's C1) pays on every call, and regions are map keys.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Region r && Objects.equals(code, r.code) && Objects.equals(name, r.name)
                && Objects.equals(level, r.level) && Objects.equals(parentCode, r.parentCode)
                && Objects.equals(shortNames, r.shortNames) && Objects.equals(oldNames, r.oldNames)
                && Objects.equals(oldCodes, r.oldCodes);
    }

    /** The record's own hash (31 * h + each component's, in order), written out like {@link #equals}. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(code);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(level);
        h = 31 * h + Objects.hashCode(parentCode);
        h = 31 * h + Objects.hashCode(shortNames);
        h = 31 * h + Objects.hashCode(oldNames);
        return 31 * h + Objects.hashCode(oldCodes);
    }

    /** Depth in the hierarchy: province 0, prefecture 1, county 2, township 3, village 4. */
    public static int rank(String level) {
        return switch (level) {
            case PROVINCE -> 0;
            case PREFECTURE -> 1;
            case COUNTY -> 2;
            case TOWNSHIP -> 3;
            default -> 4;
        };
    }

    public int rank() {
        return rank(level);
    }

    /** A village of the list as a region under its township. */
    static Region of(Village village) {
        return new Region(village.code(), village.name(), VILLAGE, village.townshipCode(), List.of(), List.of(), List.of());
    }

    /** The digits every code below this region starts with: 62 for 620000, 6207 for 620700, 620122 for 620122. */
    public String codePrefix() {
        return switch (level) {
            case PROVINCE -> code.substring(0, 2);
            case PREFECTURE -> code.substring(0, 4);
            default -> code;
        };
    }

    Region withAlias(String oldName, String oldCode) {
        return new Region(code, name, level, parentCode, shortNames,
                append(oldNames, oldName), append(oldCodes, oldCode));
    }

    private static List<String> append(List<String> list, String value) {
        if (value == null || value.isBlank() || list.contains(value)) {
            return list;
        }
        var copy = new java.util.ArrayList<>(list);
        copy.add(value);
        return List.copyOf(copy);
    }
}
