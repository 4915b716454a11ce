package io.tuopin.nlp.document;

import io.tuopin.events.RegionInfo;
import java.util.ArrayList;
import java.util.List;
import io.tuopin.nlp.pattern.PrefixedPattern;

/**
 * Finds anaphors (全县, 该县, 我市, 本区, 这个村, 全村, 村里, 全地区, 全国, 我国) and says which regions a
 * unit word can denote. Stateless and thread-safe.
 */
public final class AnaphorFinder {
    private static final PrefixedPattern ANAPHOR = PrefixedPattern.compile(
            "(?:全|该|我|本|这个)(地区|县|市|区|州|省|镇|乡|旗|盟|村|国)(?![域场内外级直属委长民庄])"
                    + "|(?<![农乡山])(村)里", "全该我本这村");

    public List<Anaphor> find(String text) {
        List<Anaphor> out = new ArrayList<>();
        PrefixedPattern.Finder m = ANAPHOR.finder(text);
        while (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(2);
            out.add(new Anaphor(m.start(), m.end(), m.group(), unit));
        }
        return out;
    }

    /** Whether a 全{unit} can denote the region: by its level and the end of its name. */
    public static boolean fits(String unit, RegionInfo r) {
        String name = r.name();
        String level = r.level();
        return switch (unit) {
            case "县" -> "county".equals(level) && name.endsWith("县");
            case "旗" -> "county".equals(level) && name.endsWith("旗");
            case "区" -> "county".equals(level) && name.endsWith("区")
                    || "province".equals(level) && name.endsWith("自治区");
            case "市" -> ("prefecture".equals(level) || "county".equals(level) || "province".equals(level))
                    && name.endsWith("市");
            case "州" -> "prefecture".equals(level) && name.endsWith("州");
            case "盟" -> "prefecture".equals(level) && name.endsWith("盟");
            case "地区" -> "prefecture".equals(level) && name.endsWith("地区");
            case "省" -> "province".equals(level) && name.endsWith("省");
            case "镇" -> "township".equals(level) && name.endsWith("镇");
            case "乡" -> "township".equals(level) && name.endsWith("乡");
            case "村" -> "village".equals(level);
            default -> false;
        };
    }
}
