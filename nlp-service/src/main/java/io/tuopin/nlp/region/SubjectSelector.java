package io.tuopin.nlp.region;

import io.tuopin.gazetteer.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Region best = null;
        double bestScore = 0;
        for (Map.Entry<Region, Double> e : scores.entrySet()) {
            Region r = e.getKey();
            double score = e.getValue() + titleBonus(r, places, title) + anaphoraScore(r, anaphora)
                    + DESCENDANT_WEIGHT * descendantMentions(r, places);
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

    /** Mentions of regions inside r: a township named counts a little for its county. */
    private static long descendantMentions(Region r, List<ResolvedPlace> places) {
        return places.stream().filter(p -> !p.region().equals(r) && isBelow(p.region(), r)).count();
    }

    private static boolean isBelow(Region inner, Region outer) {
        String code = inner.code();
        String prefix = outer.code().replaceAll("(00)+$", "");
        return code.length() >= prefix.length() && code.startsWith(prefix) && inner.rank() > outer.rank();
    }

    private static double titleBonus(Region r, List<ResolvedPlace> places, String title) {
        if (title == null) {
            return 0;
        }
        boolean named = places.stream().anyMatch(p -> p.region().equals(r) && title.contains(p.text()));
        return named ? TITLE_BONUS : 0;
    }

    private static double anaphoraScore(Region r, List<Anaphora.Found> anaphora) {
        return ANAPHORA_WEIGHT * anaphora.stream().filter(a -> Anaphora.fits(a.unit(), r)).count();
    }
}
