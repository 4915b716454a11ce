package io.tuopin.nlp.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Villages are not in the gazetteer: a name ending in 村 right after a township (水阜镇彬草村), or
 * standing alone after a word boundary (的天窗岩村), once it is not one of the many common words
 * that end in 村 (行政村, 贫困村, 驻村 ...).
 */
final class VillageFinder {
    private static final Pattern VILLAGE = Pattern.compile("[\\p{IsHan}]{2,4}?村");
    private static final String BOUNDARY_BEFORE = "的在从与和及到是了对向将把被由等为其个各及、，。；：“”（）《》 \n镇乡县区市";
    private static final Set<String> NOT_NAMES = Set.of(
            "农村", "乡村", "山村", "村村", "新村", "行政村", "自然村", "贫困村", "脱贫村", "出列村", "示范村", "重点村",
            "非贫困村", "深度贫困村", "受灾村", "帮扶村", "空心村", "边缘村", "中心村", "试点村", "移民新村", "美丽乡村", "城中村");
    /** 村民, 村级, 村庄, 村干部 ...: the 村 starts another word. */
    private static final String WORD_AFTER = "民级庄干委组集务容落里内情两部支医道社镇";
    private static final Pattern NOT_A_NAME_INSIDE = Pattern.compile("[了的着过都受在和与及或许多发展帮扶指导强化选派开展解决参加驻进到百千万建制]");
    private static final String BAD_FIRST = "该本全各每驻到进入个几多贫非村镇乡县区市省之";
    /** 十八洞村, 三合村 are names; 三个村, 另有两个村, 一些村, 二十村 are counts. */
    private static final Pattern COUNTED = Pattern.compile(
            "[一二两三四五六七八九十几]+[个些批座所]|^[一二两三四五六七八九十]+(?:[类级片半般次]|村$)");

    /** A village found in the text: [start, end). */
    record Found(int start, int end, String name) {
    }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int i = text.indexOf('村');
        while (i >= 0) {
            Found f = isWordAfter(text, i) ? null : villageEndingAt(text, i + 1);
            if (f != null && (out.isEmpty() || out.get(out.size() - 1).end() <= f.start())) {
                out.add(f);
            }
            i = text.indexOf('村', i + 1);
        }
        return out;
    }

    /** Whether some 村 in the text ends a plausible name, whatever comes before it (a cheap pre-check). */
    static boolean hasCandidate(String text) {
        for (int i = text.indexOf('村'); i >= 0; i = text.indexOf('村', i + 1)) {
            if (isWordAfter(text, i)) {
                continue;
            }
            for (int start = Math.max(0, i - 4); start <= i - 2; start++) {
                if (isPlausibleName(text.substring(start, i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word ending in 村 can be a village name (not 行政村, 驻村, 帮扶村 ...). */
    static boolean isPlausibleName(String name) {
        if (!VILLAGE.matcher(name).matches() || NOT_NAMES.contains(name) || name.endsWith("新村")
                || name.indexOf('村') < name.length() - 1) {
            return false;
        }
        return !endsWithNotName(name) && BAD_FIRST.indexOf(name.charAt(0)) < 0 && !COUNTED.matcher(name).find()
                && !NOT_A_NAME_INSIDE.matcher(name.substring(0, name.length() - 1)).find();
    }

    /** The longest plausible name [start, end) whose character before is a boundary. */
    private static Found villageEndingAt(String text, int end) {
        for (int start = Math.max(0, end - 5); start <= end - 3; start++) {
            String name = text.substring(start, end);
            if (!isPlausibleName(name)) {
                continue;
            }
            if (start == 0 || BOUNDARY_BEFORE.indexOf(text.charAt(start - 1)) >= 0) {
                return new Found(start, end, name);
            }
        }
        return null;
    }

    /** 村民, 村级 ...: the 村 at i starts another word. */
    static boolean isWordAfter(String text, int i) {
        return i + 1 < text.length() && WORD_AFTER.indexOf(text.charAt(i + 1)) >= 0;
    }

    private static boolean endsWithNotName(String name) {
        for (String n : NOT_NAMES) {
            if (!n.equals("山村") && name.endsWith(n)) { // 青山村 is a name, 实现农村 is not
                return true;
            }
        }
        return false;
    }

}
