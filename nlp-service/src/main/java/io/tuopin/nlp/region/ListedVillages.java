package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import io.tuopin.gazetteer.Village;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The village list (the gazetteer's {@code VillageIndex}) as one article's context sees it: the
 * villages under the townships and counties the article names and under its subject, with where
 * each of those places stands. It finds the listed names of villages under the townships and
 * counties in context anywhere in the text, and gives a village name its listed village: the one of
 * that name under the township or county right before it, else under the nearest one named before
 * it in its paragraph (a township, then its county), else under a county or township subject, else
 * under any one named before it; only where none is named before it, under a prefecture subject or
 * a place named after it. None when the first place that lists the name lists it twice. Other
 * prefectures are never searched: a village is local, and a prefecture named in passing (or a
 * mountain range read as one) would give a namesake from another county. One instance per article.
 */
final class ListedVillages {
    /** 让川村 for 让川民族村: an ethnic village goes by its plain name too. */
    private static final String ETHNIC = "民族村";
    private static final String SETTLEMENT_ENDS = "村区查";

    private final Gazetteer gazetteer;
    private final List<ResolvedPlace> anchors;
    private final Region subject;

    private ListedVillages(Gazetteer gazetteer, List<ResolvedPlace> anchors, Region subject) {
        this.gazetteer = gazetteer;
        this.anchors = anchors;
        this.subject = subject;
    }

    static ListedVillages of(Gazetteer gazetteer, List<ResolvedPlace> places, Region subject) {
        return new ListedVillages(gazetteer, places.stream().filter(p -> isLocal(p.region())).toList(), subject);
    }

    /** A county or a township: what a village lies under. */
    static boolean isLocal(Region r) {
        return r.rank() >= Region.rank(Region.COUNTY) && r.rank() <= Region.rank(Region.TOWNSHIP);
    }

    /**
     * Listed names of villages under the townships and counties in context, wherever the text
     * writes them, also before 民 or 道 (涝池村民 are 涝池村's people).
     */
    List<VillageFinder.Found> scan(String text) {
        Map<String, String> names = namesInContext();
        int longest = names.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<VillageFinder.Found> out = new ArrayList<>();
        for (int i = 0; i < text.length() && longest > 0; i++) {
            if (SETTLEMENT_ENDS.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            for (int start = Math.max(0, i + 1 - longest); start <= i - 2; start++) {
                if (names.containsKey(text.substring(start, i + 1))) {
                    out.add(new VillageFinder.Found(start, i + 1, text.substring(start, i + 1)));
                    break;
                }
            }
        }
        return out;
    }

    /** Written name -> listed name, for the villages under every township and county in context. */
    private Map<String, String> namesInContext() {
        Map<String, String> names = new HashMap<>();
        for (Region region : localContext()) {
            for (Village v : gazetteer.villagesWithin(region)) {
                String name = v.name();
                if (name.length() >= 3 && !VillageNames.isGeneric(name) && !CommonWords.isCommonWord(name)) {
                    names.putIfAbsent(name, name);
                    if (name.endsWith(ETHNIC) && name.length() > ETHNIC.length() + 1) {
                        names.putIfAbsent(name.substring(0, name.length() - ETHNIC.length()) + "村", name);
                    }
                }
            }
        }
        return names;
    }

    private Set<Region> localContext() {
        Set<Region> regions = new LinkedHashSet<>();
        anchors.forEach(p -> regions.add(p.region()));
        if (subject != null && isLocal(subject)) {
            regions.add(subject);
        }
        return regions;
    }

    /** The listed village a name denotes where it stands, or null (not listed there, or listed twice). */
    Village lookup(String name, int start, int paragraphStart) {
        for (Region region : searchOrder(start, paragraphStart)) {
            List<Village> found = named(name, region);
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private List<Village> named(String name, Region region) {
        List<Village> found = gazetteer.villages().named(name, region.codePrefix());
        if (found.isEmpty() && name.endsWith("村") && !name.endsWith(ETHNIC)) {
            return gazetteer.villages().named(name.substring(0, name.length() - 1) + ETHNIC, region.codePrefix());
        }
        return found;
    }

    /**
     * The place right before, the nearest one before in the paragraph, a local subject, every one
     * before (nearest first), each township followed by its county; only when none stands before,
     * the subject prefecture and the places after.
     */
    private List<Region> searchOrder(int start, int paragraphStart) {
        List<ResolvedPlace> before = anchors.stream().filter(p -> p.end() <= start)
                .sorted(Comparator.comparingInt(ResolvedPlace::end).reversed()).toList();
        Set<Region> order = new LinkedHashSet<>();
        before.stream().filter(p -> p.end() == start).forEach(p -> addWithCounty(order, p.region()));
        before.stream().filter(p -> p.start() >= paragraphStart).findFirst().ifPresent(p -> addWithCounty(order, p.region()));
        if (subject != null && isLocal(subject)) {
            addWithCounty(order, subject);
        }
        before.forEach(p -> addWithCounty(order, p.region()));
        if (before.isEmpty()) {
            if (subject != null && Region.PREFECTURE.equals(subject.level())) {
                order.add(subject);
            }
            anchors.forEach(p -> addWithCounty(order, p.region()));
        }
        return List.copyOf(order);
    }

    private void addWithCounty(Set<Region> order, Region region) {
        order.add(region);
        if (Region.TOWNSHIP.equals(region.level()) && region.parentCode() != null) {
            gazetteer.byCode(region.parentCode()).ifPresent(order::add);
        }
    }
}
