package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the region a report is about: each named region scores its mentions, three more when the
 * title names it, and half a point for each anaphor that fits it (全县 fits a county, 全市 a city);
 * provinces count half, since reports name their province in passing. Ties go to the more specific level.
 * When the text names no place, the sender's hint (if any) is the subject.
 */
final class SubjectSelector {
    private static final double TITLE_BONUS = 3;
    private static final double ANAPHORA_WEIGHT = 0.5;
    private static final double PROVINCE_WEIGHT = 0.5;
    private static final double DESCENDANT_WEIGHT = 0.25;
    /** Ties go to the level reports are most often about. */
    private static final List<String> TIE_ORDER = List.of(Region.COUNTY, Region.PREFECTURE, Region.TOWNSHIP, Region.PROVINCE);

    /** @param hint the region the sender says the article is about, or null */
    Region select(List<ResolvedPlace> places, List<Anaphora.Found> anaphora, String title, Region hint) {
        Region named = selectNamed(places, anaphora, title);
        return named != null ? named : hint;
    }

    private Region selectNamed(List<ResolvedPlace> places, List<Anaphora.Found> anaphora, String title) {
        Map<Region, Double> scores = new HashMap<>();
        for (ResolvedPlace p : places) {
            if (Region.rank(p.region().level()) <= Region.rank(Region.TOWNSHIP)) {
                scores.merge(p.region(), 1.0, Double::sum);
            }
        }
        Set<Region> inTitle = namedInTitle(places, title);
        Map<Character, Integer> anaphorsByUnit = new HashMap<>();
        anaphora.forEach(a -> anaphorsByUnit.merge(a.unit(), 1, Integer::sum));
        Map<Region, Integer> descendants = descendantMentions(scores.keySet(), places);
        Region best = null;
        double bestScore = 0;
        for (Map.Entry<Region, Double> e : scores.entrySet()) {
            Region r = e.getKey();
            double score = e.getValue() + (inTitle.contains(r) ? TITLE_BONUS : 0) + anaphoraScore(r, anaphorsByUnit)
                    + DESCENDANT_WEIGHT * descendants.getOrDefault(r, 0);
            if (Region.PROVINCE.equals(r.level())) {
                score *= PROVINCE_WEIGHT;
            }
            if (score > bestScore || score == bestScore && best != null
                    && TIE_ORDER.indexOf(r.level()) < TIE_ORDER.indexOf(best.level())) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * For each scored region, the mentions of regions inside it (a township named counts a little for
     * its county), counted in one pass over the mentions through the code prefixes of the scored regions.
     */
    private static Map<Region, Integer> descendantMentions(Set<Region> scored, List<ResolvedPlace> places) {
        Map<String, List<Region>> byPrefix = new HashMap<>();
        scored.forEach(r -> byPrefix.computeIfAbsent(codePrefix(r.code()), k -> new ArrayList<>()).add(r));
        Map<Region, Integer> counts = new HashMap<>();
        for (ResolvedPlace p : places) {
            String code = p.region().code();
            for (int length = 1; length <= code.length(); length++) {
                for (Region outer : byPrefix.getOrDefault(code.substring(0, length), List.of())) {
                    if (!p.region().equals(outer) && p.region().rank() > outer.rank()) {
                        counts.merge(outer, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /**
     * The code without its trailing pairs of zeros: what the codes of the divisions inside it start with
     * (a loop, not {@code replaceAll("(00)+$", "")}: codes are digits, and the regex costs in unoptimised code).
     */
    static String codePrefix(String code) {
        int end = code.length();
        while (end >= 2 && code.charAt(end - 1) == '0' && code.charAt(end - 2) == '0') {
            end -= 2;
        }
        return code.substring(0, end);
    }

    private static Set<Region> namedInTitle(List<ResolvedPlace> places, String title) {
        Set<Region> named = new HashSet<>();
        if (title != null) {
            places.stream().filter(p -> title.contains(p.text())).forEach(p -> named.add(p.region()));
        }
        return named;
    }

    private static double anaphoraScore(Region r, Map<Character, Integer> anaphorsByUnit) {
        int fitting = 0;
        for (Map.Entry<Character, Integer> e : anaphorsByUnit.entrySet()) {
            fitting += Anaphora.fits(e.getKey(), r) ? e.getValue() : 0;
        }
        return ANAPHORA_WEIGHT * fitting;
    }
}
