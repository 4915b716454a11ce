package io.tuopin.gazetteer;

import java.util.List;

/**
 * One administrative division.
 *
 * @param code       6 digits (province, prefecture, county level) or 9 digits (township)
 * @param level      {@code province}, {@code prefecture}, {@code county} or {@code township}
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
