package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Gazetteer.NameEntry;
import io.tuopin.gazetteer.Gazetteer.NameKind;
import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves name matches to divisions by hierarchy and context: full names of counties and above
 * first, then the article's context (those regions and their ancestors) decides ambiguous
 * names, short names (only for regions the article is about or near, never common words) and
 * townships (the one under the nearest county named before it, else under any region of the context).
 */
final class MentionResolver {
    private final Gazetteer gazetteer;

    MentionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<ResolvedPlace> resolve(List<NameMatch> matches) {
        Resolved resolved = new Resolved();
        for (NameMatch m : matches) {
            List<Region> full = candidates(m, e -> e.kind() == NameKind.FULL && !isTownship(e));
            if (full.size() == 1) {
                resolved.add(place(m, full.get(0)));
            }
        }
        Set<String> context = context(resolved.places);
        for (NameMatch m : matches) {
            if (resolved.has(m)) {
                continue;
            }
            List<Region> named = candidates(m, e -> e.kind() != NameKind.SHORT && !isTownship(e));
            Region r = pickInContext(named, context);
            if (r == null) {
                r = acceptShort(m, context, resolved);
            }
            if (r == null && named.size() == 1) {
                r = named.get(0); // a former name (上饶县) with no rival in the article's context
            }
            if (r != null) {
                resolved.add(place(m, r));
                addToContext(context, r); // 河北阜平: the province read first places the county after it
            }
        }
        context = context(resolved.places);
        Counties counties = new Counties(resolved.places);
        for (NameMatch m : matches) {
            if (!resolved.has(m)) {
                Region township = pickTownship(m, counties, context);
                if (township != null) {
                    resolved.add(place(m, township));
                }
            }
        }
        List<ResolvedPlace> out = new ArrayList<>(resolved.places);
        out.sort(Comparator.comparingInt(ResolvedPlace::start));
        return out;
    }

    /** The places resolved so far, with what each pass asks of them indexed (a pass asks it once per name). */
    private static final class Resolved {
        private final List<ResolvedPlace> places = new ArrayList<>();
        private final Set<Integer> starts = new HashSet<>();
        private final Set<Region> regions = new HashSet<>();

        void add(ResolvedPlace p) {
            places.add(p);
            starts.add(p.start());
            regions.add(p.region());
        }

        boolean has(NameMatch m) {
            return starts.contains(m.start());
        }
    }

    /** Resolved places of county level and above (provinces aside), by start: the nearest before a township. */
    private static final class Counties {
        private final int[] starts;
        private final List<ResolvedPlace> places;

        Counties(List<ResolvedPlace> resolved) {
            List<ResolvedPlace> counties = new ArrayList<>();
            for (ResolvedPlace p : resolved) {
                String level = p.region().level();
                if (Region.rank(level) <= Region.rank(Region.COUNTY) && !Region.PROVINCE.equals(level)) {
                    counties.add(p);
                }
            }
            counties.sort(Comparator.comparingInt(ResolvedPlace::start)); // stable, as a stream's sorted()
            places = counties;
            starts = new int[counties.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = counties.get(i).start();
            }
        }

        ResolvedPlace nearestBefore(int position) {
            int i = Arrays.binarySearch(starts, position);
            int last = i >= 0 ? i - 1 : -i - 2;
            while (last > 0 && starts[last] == starts[last - 1]) {
                last--; // the first of equal starts, as a stream's max would keep
            }
            return last >= 0 ? places.get(last) : null;
        }
    }

    private static ResolvedPlace place(NameMatch m, Region r) {
        return new ResolvedPlace(m.start(), m.end(), m.text(), r);
    }

    private static boolean isTownship(NameEntry e) {
        return Region.TOWNSHIP.equals(e.region().level());
    }

    /** The distinct regions of the entries that pass the filter, in the entries' order. */
    private static List<Region> candidates(NameMatch m, Predicate<NameEntry> filter) {
        List<Region> out = new ArrayList<>();
        for (NameEntry e : m.entries()) {
            if (filter.test(e) && !out.contains(e.region())) {
                out.add(e.region());
            }
        }
        return out;
    }

    /** The one candidate that passes the test; null when none or several do. */
    private static Region theOnly(List<Region> candidates, Predicate<Region> test) {
        Region only = null;
        for (Region r : candidates) {
            if (test.test(r)) {
                if (only != null) {
                    return null;
                }
                only = r;
            }
        }
        return only;
    }

    private void addToContext(Set<String> context, Region r) {
        context.add(r.code());
        gazetteer.ancestors(r.code()).forEach(a -> context.add(a.code()));
    }

    /** Codes of the resolved regions and all their ancestors. */
    private Set<String> context(List<ResolvedPlace> resolved) {
        Set<String> codes = new HashSet<>();
        for (ResolvedPlace p : resolved) {
            codes.add(p.region().code());
            gazetteer.ancestors(p.region().code()).forEach(a -> codes.add(a.code()));
        }
        return codes;
    }

    private Region pickInContext(List<Region> candidates, Set<String> context) {
        return theOnly(candidates, r -> isNear(r, context));
    }

    /** The region or its parent belongs to the context. */
    private boolean isNear(Region r, Set<String> context) {
        return context.contains(r.code()) || r.parentCode() != null && context.contains(r.parentCode());
    }

    /** 汾西 for 汾西县: only when the article names the region or its parent, and never a common word (和平, 城关). */
    private Region acceptShort(NameMatch m, Set<String> context, Resolved resolved) {
        List<Region> shorts = candidates(m, e -> e.kind() == NameKind.SHORT && !isTownship(e));
        if (shorts.isEmpty()) {
            return null;
        }
        Region named = theOnly(shorts, resolved.regions::contains);
        if (named != null) {
            return named;
        }
        if (CommonWords.isCommonWord(m.text())) {
            return null;
        }
        Region near = pickInContext(shorts, context);
        if (near != null) {
            return near;
        }
        Region inProvince = pickInProvince(shorts, context);
        if (inProvince != null) {
            return inProvince;
        }
        Region province = theOnly(shorts, r -> Region.PROVINCE.equals(r.level()));
        if (province != null) {
            return province;
        }
        return shorts.size() == 1 && keepsLevel(m.text(), shorts.get(0)) ? shorts.get(0) : null;
    }

    /** 黔东南州, 恩施州, 肃南县: a short name that keeps its level's character names one place, even alone. */
    private static boolean keepsLevel(String shortName, Region r) {
        char last = shortName.charAt(shortName.length() - 1);
        return shortName.length() >= 3 && r.name().charAt(r.name().length() - 1) == last && "州盟县旗".indexOf(last) >= 0;
    }

    /** 江西瑞金: a county-level short name is read when its province is in the article's context and no other fits. */
    private static Region pickInProvince(List<Region> candidates, Set<String> context) {
        return theOnly(candidates, r -> Region.rank(r.level()) <= Region.rank(Region.COUNTY)
                && context.contains(r.code().substring(0, 2) + "0000"));
    }

    private Region pickTownship(NameMatch m, Counties counties, Set<String> context) {
        List<Region> townships = candidates(m, MentionResolver::isTownship);
        if (townships.isEmpty()) {
            return null;
        }
        ResolvedPlace county = counties.nearestBefore(m.start());
        if (county != null) {
            Region under = theOnly(townships, t -> gazetteer.isWithin(t.code(), county.region().code()));
            if (under != null) {
                return under;
            }
        }
        return theOnly(townships, t -> context.contains(t.parentCode()));
    }
}
