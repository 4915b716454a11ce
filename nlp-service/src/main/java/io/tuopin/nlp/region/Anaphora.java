package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
import java.util.List;
import io.tuopin.nlp.pattern.PrefixedPattern;

/**
 * 全县, 该县, 我县, 本区, 全市, 全州, 全省 ...: resolved to the subject region when the unit fits it
 * (县 for a county, 区 for a district, 市 for a prefecture or county-level city), else to the
 * subject's ancestor that fits (全市 in a county's report is its prefecture; 我省 its province).
 */
final class Anaphora {
    private static final PrefixedPattern PATTERN = PrefixedPattern.compile("(全|该|我|本)(县|市|区|州|省|镇|乡|旗|盟)(?![域场内外级直属委长])", "全该我本");

    /** An anaphor in the text and the unit character it names. */
    record Found(int start, int end, String text, char unit) {
    }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        PrefixedPattern.Finder m = PATTERN.finder(text);
        while (m.find()) {
            out.add(new Found(m.start(), m.end(), m.group(), m.group(2).charAt(0)));
        }
        return out;
    }

    /** The region the unit denotes for this subject, or null. */
    static Region resolve(char unit, Region subject, Gazetteer gazetteer) {
        if (subject == null) {
            return null;
        }
        if (fits(unit, subject)) {
            return subject;
        }
        if (unit == '县' || unit == '镇' || unit == '乡') {
            return null;
        }
        return gazetteer.ancestors(subject.code()).stream().filter(a -> fits(unit, a)).findFirst().orElse(null);
    }

    /** Whether 全{unit} can denote the region: by its level and the last character of its name. */
    static boolean fits(char unit, Region r) {
        String name = r.name();
        return switch (unit) {
            case '县' -> Region.COUNTY.equals(r.level()) && name.endsWith("县");
            case '旗' -> Region.COUNTY.equals(r.level()) && name.endsWith("旗");
            case '区' -> Region.COUNTY.equals(r.level()) && name.endsWith("区") || Region.PROVINCE.equals(r.level()) && name.endsWith("自治区");
            case '市' -> (Region.PREFECTURE.equals(r.level()) || Region.COUNTY.equals(r.level())) && name.endsWith("市")
                    || Region.PROVINCE.equals(r.level()) && name.endsWith("市");
            case '州' -> Region.PREFECTURE.equals(r.level()) && name.endsWith("州");
            case '盟' -> Region.PREFECTURE.equals(r.level()) && name.endsWith("盟");
            case '省' -> Region.PROVINCE.equals(r.level()) && name.endsWith("省");
            case '镇' -> Region.TOWNSHIP.equals(r.level()) && name.endsWith("镇");
            case '乡' -> Region.TOWNSHIP.equals(r.level()) && name.endsWith("乡");
            default -> false;
        };
    }
}
