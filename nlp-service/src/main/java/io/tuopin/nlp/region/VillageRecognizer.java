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
    /** Names are short: a span that could cover another starts at most this many spans before it. */
    private static final int OVERLAP_LOOK_BACK = 8;
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
        Occupied taken = new Occupied();
        places.forEach(p -> taken.take(p.start(), p.end()));
        List<VillageFinder.Found> out = new ArrayList<>();
        candidates.stream()
                .sorted(Comparator.comparingInt(VillageRecognizer::priority).thenComparingInt(c -> c.found().start()))
                .map(Candidate::found)
                .filter(f -> !taken.overlaps(f.start(), f.end()))
                .forEach(f -> {
                    out.add(f);
                    taken.take(f.start(), f.end());
                });
        return out;
    }

    private static int priority(Candidate c) {
        return c.found().clear() && !c.listed() ? 0 : c.listed() ? 1 : 2;
    }

    /**
     * The other places where a village name already found stands: anywhere for a name of four
     * characters or more, after a boundary for a shorter one (not 李新庄村 for 新庄村); and its name
     * without 村 once the article has named it whole (宋家沟村 … 2017年，宋家沟开始整村提升改造), where
     * that stem has three characters or more, or two after a boundary. Each occurrence is checked
     * against what is already taken in logarithmic time.
     */
    private static List<VillageFinder.Found> repeats(String text, List<VillageFinder.Found> found, List<ResolvedPlace> places) {
        Occupied taken = new Occupied();
        found.forEach(f -> taken.take(f.start(), f.end()));
        places.forEach(p -> taken.take(p.start(), p.end()));
        java.util.Set<Integer> placeEnds = new java.util.HashSet<>();
        places.forEach(p -> placeEnds.add(p.end()));
        List<VillageFinder.Found> out = new ArrayList<>();
        for (VillageFinder.Found first : firstOfEachName(found)) {
            String name = first.name();
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (!taken.overlaps(i, end) && !VillageNames.isWordAfter(text, end - 1)
                        && (name.length() >= DISTINCTIVE || standsAlone(text, i, placeEnds))) {
                    out.add(new VillageFinder.Found(i, end, name));
                    taken.take(i, end);
                }
            }
            String stem = name.endsWith("村") ? name.substring(0, name.length() - 1) : null;
            if (stem == null || stem.length() < 2) {
                continue;
            }
            for (int i = text.indexOf(stem, first.end()); i >= 0; i = text.indexOf(stem, i + 1)) {
                int end = i + stem.length();
                boolean whole = end < text.length() && text.charAt(end) == '村';
                if (!whole && !taken.overlaps(i, end)
                        && (stem.length() >= 3 || standsAlone(text, i, placeEnds))) {
                    out.add(new VillageFinder.Found(i, end, name));
                    taken.take(i, end);
                }
            }
        }
        return out;
    }

    private static List<VillageFinder.Found> firstOfEachName(List<VillageFinder.Found> found) {
        Map<String, VillageFinder.Found> first = new java.util.LinkedHashMap<>();
        found.stream().sorted(Comparator.comparingInt(VillageFinder.Found::start)).forEach(f -> first.putIfAbsent(f.name(), f));
        return List.copyOf(first.values());
    }

    /** Spans already taken by a place or a village, for logarithmic overlap checks. */
    private static final class Occupied {
        private final java.util.TreeMap<Integer, Integer> spans = new java.util.TreeMap<>();

        void take(int start, int end) {
            spans.merge(start, end, Math::max);
        }

        boolean overlaps(int start, int end) {
            var before = spans.lowerEntry(end);
            if (before == null) {
                return false;
            }
            if (before.getValue() > start) {
                return true;
            }
            // a longer span starting earlier may still cover [start, end)
            var earlier = spans.headMap(end, false).descendingMap();
            int seen = 0;
            for (var e : earlier.entrySet()) {
                if (e.getValue() > start) {
                    return true;
                }
                if (++seen > OVERLAP_LOOK_BACK) {
                    return false;
                }
            }
            return false;
        }
    }

    private static boolean standsAlone(String text, int start, java.util.Set<Integer> placeEnds) {
        if (start == 0 || placeEnds.contains(start)) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isIdeographic(before) || BOUNDARY.indexOf(before) >= 0;
    }

    private List<RegionMention> place(CleanedArticle article, List<VillageFinder.Found> found, List<ResolvedPlace> all,
                                      Region subject, ListedVillages listed) {
        LocalPlaces places = new LocalPlaces(all);
        Map<String, RegionInfo> byName = new HashMap<>();
        List<RegionMention> out = new ArrayList<>();
        for (VillageFinder.Found v : found) {
            RegionInfo region = places.endingAt(v.start()) != null ? null : byName.get(v.name());
            if (region == null) {
                region = placed(article, v, places, subject, listed);
            }
            if (region != null) {
                byName.putIfAbsent(v.name(), region);
                out.add(new RegionMention(v.start(), v.end(), article.text().substring(v.start(), v.end()), region, false));
            }
        }
        return out;
    }

    private RegionInfo placed(CleanedArticle article, VillageFinder.Found v, LocalPlaces places, Region subject,
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
    private static String parentOf(CleanedArticle article, VillageFinder.Found v, LocalPlaces places, Region subject) {
        ResolvedPlace adjacent = places.endingAt(v.start());
        if (adjacent != null) {
            return adjacent.region().code();
        }
        Span paragraph = paragraphOf(article, v.start());
        ResolvedPlace inParagraph = places.nearestBefore(v.start(), paragraph == null ? 0 : paragraph.start());
        if (inParagraph != null) {
            return inParagraph.region().code();
        }
        if (subject != null && isLocal(subject)) {
            return subject.code();
        }
        ResolvedPlace before = places.nearestBefore(v.start(), 0);
        if (before != null) {
            return before.region().code();
        }
        return subject == null || Region.VILLAGE.equals(subject.level()) ? null : subject.code();
    }

    /** The townships and counties of an article (places do not overlap, so their ends rise with their starts). */
    private static final class LocalPlaces {
        private final List<ResolvedPlace> local;
        private final Map<Integer, ResolvedPlace> byEnd = new HashMap<>();

        LocalPlaces(List<ResolvedPlace> places) {
            this.local = places.stream().filter(p -> isLocal(p.region()))
                    .sorted(Comparator.comparingInt(ResolvedPlace::end)).toList();
            local.forEach(p -> byEnd.putIfAbsent(p.end(), p));
        }

        ResolvedPlace endingAt(int position) {
            return byEnd.get(position);
        }

        /** The latest one ending at or before the position and starting at or after {@code from}. */
        ResolvedPlace nearestBefore(int position, int from) {
            int i = io.tuopin.nlp.domain.Positions.firstAtOrAfter(local, position + 1, ResolvedPlace::end) - 1;
            return i >= 0 && local.get(i).start() >= from ? local.get(i) : null;
        }
    }

    private static boolean isLocal(Region r) {
        return ListedVillages.isLocal(r);
    }

    private static Span paragraphOf(CleanedArticle article, int position) {
        return io.tuopin.nlp.domain.Positions.spanAt(article.paragraphs(), position);
    }
}
