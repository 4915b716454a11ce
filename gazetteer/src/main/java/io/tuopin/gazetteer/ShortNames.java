package io.tuopin.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the short names a division goes by: 汾西县 -> 汾西, 恩施土家族苗族自治州 -> 恩施州/恩施,
 * 广西壮族自治区 -> 广西, 甘肃省 -> 甘肃. A short name keeps at least two characters, so 古县 has none.
 */
public final class ShortNames {
    private static final List<String> ETHNIC = List.of(
            "维吾尔", "柯尔克孜", "哈萨克", "乌孜别克", "塔吉克", "塔塔尔", "俄罗斯", "鄂温克", "鄂伦春", "达斡尔",
            "蒙古", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬",
            "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺", "布依", "高山",
            "东乡", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌",
            "怒", "京", "汉", "各");
    private static final List<String> AUTONOMOUS = List.of("自治区", "自治州", "自治县", "自治旗");
    private static final List<String> PLAIN_SUFFIXES = List.of(
            "特别行政区", "地区", "林区", "特区", "街道", "苏木", "省", "市", "县", "区", "旗", "盟", "镇", "乡");
    private static final int MIN = 2;

    private ShortNames() {
    }

    public static List<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String suffix : AUTONOMOUS) {
            if (name.endsWith(suffix)) {
                String base = stripEthnic(name.substring(0, name.length() - suffix.length()));
                base = ethnicAsPlace(base);
                if (base.length() >= MIN) {
                    out.add(base);
                    if (!suffix.equals("自治区")) {
                        out.add(base + suffix.charAt(suffix.length() - 1));
                    }
                }
                return List.copyOf(out);
            }
        }
        if (name.endsWith("乡") && name.contains("族")) { // 民族乡: 平山湖蒙古族乡 -> 平山湖
            String base = stripEthnic(name.substring(0, name.length() - 1));
            if (base.length() >= MIN && !base.equals(name.substring(0, name.length() - 1))) {
                out.add(base);
                return List.copyOf(out);
            }
        }
        for (String suffix : PLAIN_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN) {
                out.add(name.substring(0, name.length() - suffix.length()));
                break;
            }
        }
        out.remove(name);
        return new ArrayList<>(out);
    }

    /** 东乡族 (东乡族自治县) -> 东乡: a county named after its people goes by the people's name. */
    private static String ethnicAsPlace(String base) {
        String people = base.endsWith("族") ? base.substring(0, base.length() - 1) : base;
        return people.length() >= MIN && ETHNIC.contains(people) ? people : base;
    }

    /** 恩施土家族苗族 -> 恩施, 隆林各族 -> 隆林; 内蒙古 stays (stripping would leave one character). */
    static String stripEthnic(String base) {
        String current = base;
        boolean changed = true;
        while (changed) {
            changed = false;
            String withoutZu = current.endsWith("族") ? current.substring(0, current.length() - 1) : current;
            for (String ethnic : ETHNIC) {
                if (withoutZu.endsWith(ethnic) && withoutZu.length() - ethnic.length() >= MIN
                        && (ethnic.length() > 1 || !withoutZu.equals(current))) {
                    current = withoutZu.substring(0, withoutZu.length() - ethnic.length());
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }
}
