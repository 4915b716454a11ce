package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Gazetteer.NameEntry;
import io.tuopin.gazetteer.Gazetteer.NameKind;
import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
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
        List<ResolvedPlace> resolved = new ArrayList<>();
        for (NameMatch m : matches) {
            List<Region> full = candidates(m, e -> e.kind() != NameKind.SHORT && !isTownship(e));
            if (full.size() == 1) {
                resolved.add(place(m, full.get(0)));
            }
        }
        Set<String> context = context(resolved);
        for (NameMatch m : matches) {
            if (isResolved(resolved, m)) {
                continue;
            }
            Region r = pickInContext(candidates(m, e -> e.kind() != NameKind.SHORT && !isTownship(e)), context);
            if (r == null) {
                r = acceptShort(m, context, resolved);
            }
            if (r != null) {
                resolved.add(place(m, r));
            }
        }
        context = context(resolved);
        for (NameMatch m : matches) {
            if (!isResolved(resolved, m)) {
                Region township = pickTownship(m, resolved, context);
                if (township != null) {
                    resolved.add(place(m, township));
                }
            }
        }
        resolved.sort(Comparator.comparingInt(ResolvedPlace::start));
        return resolved;
    }

    private static ResolvedPlace place(NameMatch m, Region r) {
        return new ResolvedPlace(m.start(), m.end(), m.text(), r);
    }

    private static boolean isTownship(NameEntry e) {
        return Region.TOWNSHIP.equals(e.region().level());
    }

    private static boolean isResolved(List<ResolvedPlace> resolved, NameMatch m) {
        return resolved.stream().anyMatch(p -> p.start() == m.start());
    }

    private static List<Region> candidates(NameMatch m, Predicate<NameEntry> filter) {
        return m.entries().stream().filter(filter).map(NameEntry::region).distinct().toList();
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
        List<Region> inside = candidates.stream().filter(r -> isNear(r, context)).toList();
        return inside.size() == 1 ? inside.get(0) : null;
    }

    /** The region or its parent belongs to the context. */
    private boolean isNear(Region r, Set<String> context) {
        return context.contains(r.code()) || r.parentCode() != null && context.contains(r.parentCode());
    }

    /** 汾西 for 汾西县: only when the article names the region or its parent, and never a common word (和平, 城关). */
    private Region acceptShort(NameMatch m, Set<String> context, List<ResolvedPlace> resolved) {
        List<Region> shorts = candidates(m, e -> e.kind() == NameKind.SHORT && !isTownship(e));
        if (shorts.isEmpty()) {
            return null;
        }
        List<Region> named = shorts.stream().filter(r -> resolved.stream().anyMatch(p -> p.region().equals(r))).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (CommonWords.isCommonWord(m.text())) {
            return null;
        }
        Region near = pickInContext(shorts, context);
        if (near != null) {
            return near;
        }
        List<Region> provinces = shorts.stream().filter(r -> Region.PROVINCE.equals(r.level())).toList();
        return provinces.size() == 1 ? provinces.get(0) : null;
    }

    private Region pickTownship(NameMatch m, List<ResolvedPlace> resolved, Set<String> context) {
        List<Region> townships = candidates(m, MentionResolver::isTownship);
        if (townships.isEmpty()) {
            return null;
        }
        ResolvedPlace county = nearestCountyBefore(resolved, m.start());
        if (county != null) {
            List<Region> under = townships.stream().filter(t -> gazetteer.isWithin(t.code(), county.region().code())).toList();
            if (under.size() == 1) {
                return under.get(0);
            }
        }
        List<Region> inContext = townships.stream().filter(t -> context.contains(t.parentCode())).toList();
        return inContext.size() == 1 ? inContext.get(0) : null;
    }

    private static ResolvedPlace nearestCountyBefore(List<ResolvedPlace> resolved, int position) {
        return resolved.stream()
                .filter(p -> p.start() < position && Region.rank(p.region().level()) <= Region.rank(Region.COUNTY))
                .filter(p -> !Region.PROVINCE.equals(p.region().level()))
                .max(Comparator.comparingInt(ResolvedPlace::start))
                .orElse(null);
    }
}
