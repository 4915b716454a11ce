package io.tuopin.nlp.region;

import io.tuopin.events.RegionInfo;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Region;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.SpanIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds places by dictionary matching over the gazetteer (not HanLP's statistical place tagger,
 * which splits 汾西县 and takes 安图县 for a person), resolves them by hierarchy and context, picks
 * the subject region, resolves anaphora (全县, 该县, 全市 ...) and attaches villages to their township
 * or county. Builds its name index once; thread-safe.
 */
public final class GazetteerRegionRecognizer implements RegionRecognizer {
    private final Gazetteer gazetteer;
    private final GazetteerNameScanner scanner;
    private final MentionResolver resolver;
    private final SubjectSelector subjects = new SubjectSelector();
    private final Anaphora anaphora = new Anaphora();
    private final VillageFinder villages = new VillageFinder();
    private final HanlpVillageFinder hanlpVillages = new HanlpVillageFinder();

    public GazetteerRegionRecognizer() {
        this(Gazetteer.standard());
    }

    public GazetteerRegionRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.scanner = new GazetteerNameScanner(gazetteer);
        this.resolver = new MentionResolver(gazetteer);
    }

    @Override
    public RegionAnalysis recognize(CleanedArticle article) {
        String text = article.text();
        List<ResolvedPlace> places = resolver.resolve(scanner.scan(text));
        List<Anaphora.Found> anaphors = anaphora.find(text);
        Region subject = subjects.select(places, anaphors, article.title());

        List<RegionMention> mentions = new ArrayList<>();
        places.forEach(p -> mentions.add(new RegionMention(p.start(), p.end(), p.text(), info(p.region()), false)));
        SpanIndex placeSpans = SpanIndex.of(places, ResolvedPlace::start, ResolvedPlace::end);
        for (Anaphora.Found a : anaphors) {
            Region r = Anaphora.resolve(a.unit(), subject, gazetteer);
            if (r != null && !placeSpans.overlaps(a.start(), a.end())) {
                mentions.add(new RegionMention(a.start(), a.end(), a.text(), info(r), true));
            }
        }
        mentions.addAll(villageMentions(article, places, placeSpans, subject));
        mentions.sort(Comparator.comparingInt(RegionMention::start));
        RegionInfo subjectInfo = subject == null ? null : info(subject);
        return new RegionAnalysis(subjectInfo, List.copyOf(mentions), regionsWithAncestors(mentions, subjectInfo));
    }

    private RegionInfo info(Region r) {
        return gazetteer.toRegionInfo(r);
    }

    /** A village hangs under the township named right before it, else under the same name seen before, else the subject. */
    private List<RegionMention> villageMentions(CleanedArticle article, List<ResolvedPlace> places, SpanIndex placeSpans,
                                                Region subject) {
        String text = article.text();
        List<RegionMention> out = new ArrayList<>();
        Map<String, String> parents = new HashMap<>();
        Map<Integer, String> countyOrTownshipEndingAt = new HashMap<>();
        places.stream().filter(p -> Region.rank(p.region().level()) >= Region.rank(Region.COUNTY))
                .forEach(p -> countyOrTownshipEndingAt.putIfAbsent(p.end(), p.region().code()));
        List<VillageFinder.Found> found = new ArrayList<>(villages.find(text));
        found.addAll(hanlpVillages.find(text, article.sentences(), found));
        found.sort(Comparator.comparingInt(VillageFinder.Found::start));
        for (VillageFinder.Found v : found) {
            if (placeSpans.overlaps(v.start(), v.end())) {
                continue;
            }
            String parent = countyOrTownshipEndingAt.getOrDefault(v.start(),
                    parents.getOrDefault(v.name(), defaultParent(subject)));
            if (parent == null) {
                continue;
            }
            parents.putIfAbsent(v.name(), parent);
            out.add(new RegionMention(v.start(), v.end(), v.name(),
                    new RegionInfo(null, v.name(), Region.VILLAGE, parent, null), false));
        }
        return out;
    }

    private static String defaultParent(Region subject) {
        return subject != null && Region.rank(subject.level()) >= Region.rank(Region.COUNTY) ? subject.code() : null;
    }

    /** Every region referenced and all its ancestors, once each, from the province down. */
    private List<RegionInfo> regionsWithAncestors(List<RegionMention> mentions, RegionInfo subject) {
        Map<String, RegionInfo> out = new LinkedHashMap<>();
        List<RegionInfo> referenced = new ArrayList<>();
        if (subject != null) {
            referenced.add(subject);
        }
        mentions.forEach(m -> referenced.add(m.region()));
        for (RegionInfo r : referenced) {
            String parent = r.code() != null ? r.code() : r.parentCode();
            gazetteer.ancestors(parent).forEach(a -> out.putIfAbsent(a.code(), info(a)));
            gazetteer.byCode(parent).ifPresent(p -> out.putIfAbsent(p.code(), info(p)));
            out.putIfAbsent(key(r), r);
        }
        List<RegionInfo> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt((RegionInfo r) -> Region.rank(r.level()))
                .thenComparing(r -> r.code() == null ? r.parentCode() + "/" + r.name() : r.code()));
        return List.copyOf(list);
    }

    private static String key(RegionInfo r) {
        return r.code() != null ? r.code() : r.parentCode() + "/" + r.name();
    }
}
