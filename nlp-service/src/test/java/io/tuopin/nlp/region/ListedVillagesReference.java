package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import io.tuopin.gazetteer.Village;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link ListedVillages} as it was before its speed change, which replaced its streams (the local
 * anchors, the longest name, the names in context, the search order) by loops: the reference for
 * {@link ListedVillagesAgreeWithReferenceTest}.
 */
final class ListedVillagesReference {
    private static final String ETHNIC = ListedNames.ETHNIC;
    /** How listed names end: 村, 社区, 嘎查 (searched with indexOf, which is fast). */
    private static final List<String> SETTLEMENT_ENDS = List.of("村", "社区", "嘎查");

    private final Gazetteer gazetteer;
    private final ListedNames listedNames;
    private final List<ResolvedPlace> anchors;
    private final Region subject;

    private ListedVillagesReference(Gazetteer gazetteer, ListedNames listedNames, List<ResolvedPlace> anchors, Region subject) {
        this.gazetteer = gazetteer;
        this.listedNames = listedNames;
        this.anchors = anchors;
        this.subject = subject;
    }

    static ListedVillagesReference of(Gazetteer gazetteer, ListedNames listedNames, List<ResolvedPlace> places, Region subject) {
        return new ListedVillagesReference(gazetteer, listedNames, places.stream().filter(p -> isLocal(p.region())).toList(), subject);
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
        List<ListedNames.Names> names = namesInContext();
        int longest = names.stream().mapToInt(ListedNames.Names::longest).max().orElse(0);
        List<VillageFinder.Found> out = new ArrayList<>();
        for (String ending : SETTLEMENT_ENDS) {
            int last = ending.length() - 1;
            for (int i = text.indexOf(ending, 1); i >= 0 && longest > 0; i = text.indexOf(ending, i + 1)) {
                int end = i + last + 1;
                if (endsAName(names, text.substring(end - 2, end))) {
                    VillageFinder.Found found = longestEndingAt(text, end, names, longest);
                    if (found != null) {
                        out.add(found);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(VillageFinder.Found::start));
        return out;
    }

    private static boolean endsAName(List<ListedNames.Names> names, String ending) {
        for (ListedNames.Names n : names) {
            if (n.endings().contains(ending)) {
                return true;
            }
        }
        return false;
    }

    private static VillageFinder.Found longestEndingAt(String text, int end, List<ListedNames.Names> names, int longest) {
        for (int start = Math.max(0, end - longest); start <= end - 3; start++) {
            String candidate = text.substring(start, end);
            for (ListedNames.Names n : names) {
                if (n.listed().containsKey(candidate)) {
                    return new VillageFinder.Found(start, end, candidate);
                }
            }
        }
        return null;
    }

    /** The listed names under every township and county in context (a township inside a county in context only once). */
    private List<ListedNames.Names> namesInContext() {
        Set<Region> regions = localContext();
        List<ListedNames.Names> names = new ArrayList<>();
        for (Region region : regions) {
            if (regions.stream().noneMatch(other -> !other.equals(region) && region.code().startsWith(other.codePrefix()))) {
                names.add(listedNames.under(region));
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
