package io.tuopin.nlp.region;

import io.tuopin.events.RegionInfo;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import io.tuopin.gazetteer.Village;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Villages of one article: listed names under the places in context, names found by where they
 * stand ({@link VillageFinder}), HanLP's place words for the rest, and every further occurrence of a
 * name so found. Each goes under its township or county: the listed village (with its 12-digit
 * code) when the list has the name there, else, without a code, the place right before it, the
 * place its name had earlier in the article, the township or county named before it in its
 * paragraph, the subject, or the nearest township or county before it. Thread-safe.
 */
final class VillageRecognizer {
    private static final int DISTINCTIVE = 4;
    private static final String BOUNDARY = "的在从与和及到是了对向将把被由等为、，。；：“”‘’（）《》「」 \n";

    private final Gazetteer gazetteer;
    private final ListedNames listedNames;
    private final VillageFinder rules = new VillageFinder();
    private final HanlpVillageFinder hanlp = new HanlpVillageFinder();

    VillageRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.listedNames = new ListedNames(gazetteer);
    }

    /** A village name found in the text, and whether the village list gave it. */
    private record Candidate(VillageFinder.Found found, boolean listed) {
    }

    List<RegionMention> recognize(CleanedArticle article, List<ResolvedPlace> places, Region subject) {
        String text = article.text();
        ListedVillages listed = ListedVillages.of(gazetteer, listedNames, places, subject);
        List<Candidate> candidates = new ArrayList<>();
        listed.scan(text).forEach(f -> candidates.add(new Candidate(f, true)));
        rules.find(text, places).forEach(f -> candidates.add(new Candidate(f, false)));
        List<VillageFinder.Found> known = candidates.stream().map(Candidate::found).toList();
        hanlp.find(text, article.sentences(), known).forEach(f -> candidates.add(new Candidate(f, false)));
        List<VillageFinder.Found> accepted = withoutOverlaps(candidates, places);
        accepted.addAll(repeats(text, accepted, places));
        accepted.removeIf(f -> article.isUnreliable(f.start(), f.end()));
        accepted.sort(Comparator.comparingInt(VillageFinder.Found::start));
        return place(article, accepted, places, subject, listed);
    }

    /**
     * Names that start right after a place or at a clause first (阿热勒托格拉克村 over the listed
     * 托格拉克村 inside it), then listed names, then the others, in text order; none overlaps a
     * place or another village.
     */
    private static List<VillageFinder.Found> withoutOverlaps(List<Candidate> candidates, List<ResolvedPlace> places) {
        List<VillageFinder.Found> out = new ArrayList<>();
        candidates.stream()
                .sorted(Comparator.comparingInt(VillageRecognizer::priority).thenComparingInt(c -> c.found().start()))
                .map(Candidate::found)
                .filter(f -> !overlapsPlace(places, f.start(), f.end()) && !overlaps(out, f.start(), f.end()))
                .forEach(out::add);
        return out;
    }

    private static int priority(Candidate c) {
        return c.found().clear() && !c.listed() ? 0 : c.listed() ? 1 : 2;
    }

    /**
     * The other places where a village name already found stands: anywhere for a name of four
     * characters or more, after a boundary for a shorter one (not 李新庄村 for 新庄村).
     */
    private static List<VillageFinder.Found> repeats(String text, List<VillageFinder.Found> found, List<ResolvedPlace> places) {
        List<VillageFinder.Found> out = new ArrayList<>();
        for (String name : found.stream().map(VillageFinder.Found::name).distinct().toList()) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int end = i + name.length();
                boolean free = !overlaps(found, i, end) && !overlaps(out, i, end) && !overlapsPlace(places, i, end);
                if (free && !VillageNames.isWordAfter(text, end - 1) && (name.length() >= DISTINCTIVE || standsAlone(text, i, places))) {
                    out.add(new VillageFinder.Found(i, end, name));
                }
            }
        }
        return out;
    }

    private static boolean standsAlone(String text, int start, List<ResolvedPlace> places) {
        if (start == 0 || places.stream().anyMatch(p -> p.end() == start)) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isIdeographic(before) || BOUNDARY.indexOf(before) >= 0;
    }

    private List<RegionMention> place(CleanedArticle article, List<VillageFinder.Found> found, List<ResolvedPlace> places,
                                      Region subject, ListedVillages listed) {
        Map<String, RegionInfo> byName = new HashMap<>();
        List<RegionMention> out = new ArrayList<>();
        for (VillageFinder.Found v : found) {
            RegionInfo region = adjacent(places, v.start()) != null ? null : byName.get(v.name());
            if (region == null) {
                region = placed(article, v, places, subject, listed);
            }
            if (region != null) {
                byName.putIfAbsent(v.name(), region);
                out.add(new RegionMention(v.start(), v.end(), v.name(), region, false));
            }
        }
        return out;
    }

    private RegionInfo placed(CleanedArticle article, VillageFinder.Found v, List<ResolvedPlace> places, Region subject,
                              ListedVillages listed) {
        Span paragraph = paragraphOf(article, v.start());
        Village village = listed.lookup(v.name(), v.start(), paragraph == null ? 0 : paragraph.start());
        if (village != null) {
            List<String> official = village.name().equals(v.name()) ? null : List.of(village.name());
            return new RegionInfo(village.code(), v.name(), Region.VILLAGE, village.townshipCode(), official);
        }
        String parent = parentOf(article, v, places, subject);
        return parent == null ? null : new RegionInfo(null, v.name(), Region.VILLAGE, parent, null);
    }

    /** The township or county a village the list lacks hangs under. */
    private static String parentOf(CleanedArticle article, VillageFinder.Found v, List<ResolvedPlace> places, Region subject) {
        ResolvedPlace adjacent = adjacent(places, v.start());
        if (adjacent != null) {
            return adjacent.region().code();
        }
        Span paragraph = paragraphOf(article, v.start());
        ResolvedPlace inParagraph = nearestLocalBefore(places, v.start(), paragraph == null ? 0 : paragraph.start());
        if (inParagraph != null) {
            return inParagraph.region().code();
        }
        if (subject != null && isLocal(subject)) {
            return subject.code();
        }
        ResolvedPlace before = nearestLocalBefore(places, v.start(), 0);
        if (before != null) {
            return before.region().code();
        }
        return subject == null || Region.VILLAGE.equals(subject.level()) ? null : subject.code();
    }

    private static boolean isLocal(Region r) {
        return ListedVillages.isLocal(r);
    }

    private static Span paragraphOf(CleanedArticle article, int position) {
        return article.paragraphs().stream().filter(p -> p.contains(position)).findFirst().orElse(null);
    }

    private static ResolvedPlace adjacent(List<ResolvedPlace> places, int start) {
        return places.stream()
                .filter(p -> p.end() == start && isLocal(p.region()))
                .findFirst().orElse(null);
    }

    private static ResolvedPlace nearestLocalBefore(List<ResolvedPlace> places, int position, int from) {
        return places.stream()
                .filter(p -> p.start() >= from && p.end() <= position)
                .filter(p -> isLocal(p.region()))
                .max(Comparator.comparingInt(ResolvedPlace::end)).orElse(null);
    }

    private static boolean overlapsPlace(List<ResolvedPlace> places, int start, int end) {
        return places.stream().anyMatch(p -> p.start() < end && start < p.end());
    }

    private static boolean overlaps(List<VillageFinder.Found> found, int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }
}
