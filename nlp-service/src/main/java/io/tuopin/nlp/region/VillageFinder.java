package io.tuopin.nlp.region;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds village names by where they stand: right after a township or county (水阜镇彬草村,
 * 塔尕尔其镇塔合塔科瑞克15村), at the start of a clause (，塔尔开其克村), or, for names of up to four
 * characters, after a word boundary (的天窗岩村, 从甘沟村). What can be a name is {@link VillageNames}'.
 */
final class VillageFinder {
    private static final String BOUNDARY_BEFORE = "的在从与和及到是了对向将把被由等为个、，。；：“”‘’（）《》「」 \n镇乡县区市旗";
    /** Punctuation and line starts: a name of any length may begin after them. */
    private static final String CLAUSE_START = "、，。；：！？“”‘’（）《》「」【】 \n\t";
    private static final int MIN_LENGTH = 3;

    /**
     * A village found in the text: [start, end).
     *
     * @param clear whether it starts right after a place or at a clause: the strongest evidence of where a name begins
     */
    record Found(int start, int end, String name, boolean clear) {
        Found(int start, int end, String name) {
            this(start, end, name, false);
        }
    }

    /** @param places the gazetteer places of the text, whose ends may start a village name */
    List<Found> find(String text, List<ResolvedPlace> places) {
        TreeSet<Integer> placeEnds = new TreeSet<>();
        places.forEach(p -> placeEnds.add(p.end()));
        List<Found> out = new ArrayList<>();
        for (int i = text.indexOf('村'); i >= 0; i = text.indexOf('村', i + 1)) {
            if (VillageNames.isWordAfter(text, i)) {
                continue;
            }
            Found f = afterPlace(text, i + 1, placeEnds);
            if (f == null) {
                f = atBoundary(text, i + 1);
            }
            if (f != null && (out.isEmpty() || out.get(out.size() - 1).end() <= f.start())) {
                out.add(f);
            }
        }
        return out;
    }

    /** 水阜镇彬草村: the name runs from the nearest place before it. */
    private static Found afterPlace(String text, int end, TreeSet<Integer> placeEnds) {
        Integer start = placeEnds.floor(end - MIN_LENGTH);
        if (start == null || end - start > VillageNames.MAX_LENGTH) {
            return null;
        }
        String name = text.substring(start, end);
        return VillageNames.isPlausible(name) ? found(text, start, end, true) : null;
    }

    /** The name, without a description before it (大山深处李家沟村). */
    private static Found found(String text, int start, int end, boolean clear) {
        int offset = VillageNames.nameStart(text.substring(start, end));
        return new Found(start + offset, end, text.substring(start + offset, end), clear && offset == 0);
    }

    /** The longest plausible name whose start is a boundary: any for short names, a clause start for long ones. */
    private static Found atBoundary(String text, int end) {
        for (int start = Math.max(0, end - VillageNames.MAX_LENGTH); start <= end - MIN_LENGTH; start++) {
            char before = start == 0 ? '\n' : text.charAt(start - 1);
            boolean clear = CLAUSE_START.indexOf(before) >= 0;
            if (!clear && BOUNDARY_BEFORE.indexOf(before) < 0) {
                continue;
            }
            String name = text.substring(start, end);
            if (VillageNames.isPlausible(name) && (clear || !VillageNames.isLong(name))) {
                return found(text, start, end, clear);
            }
        }
        return null;
    }

    /** Whether some 村 in [start, end) not covered by {@code known} may end a name. */
    static boolean hasUncovered(String text, int start, int end, List<Found> known) {
        for (int i = text.indexOf('村', start); i >= 0 && i < end; i = text.indexOf('村', i + 1)) {
            int at = i;
            if (VillageNames.isWordAfter(text, i) || known.stream().anyMatch(v -> v.start() <= at && at < v.end())) {
                continue;
            }
            for (int s = Math.max(start, i + 1 - VillageNames.SHORT_BODY - 1); s <= i - 2; s++) {
                if (VillageNames.isPlausible(text.substring(s, i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
