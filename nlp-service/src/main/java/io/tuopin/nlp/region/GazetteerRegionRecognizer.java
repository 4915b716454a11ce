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
 * the subject region (the sender's hint when the text names no place), resolves anaphora (全县, 该县,
 * 全市 ...) and finds villages under their township or county ({@link VillageRecognizer}), with
 * their codes where the village list has them. Builds its name index once; thread-safe.
 */
public final class GazetteerRegionRecognizer implements RegionRecognizer {
    private final Gazetteer gazetteer;
    private final GazetteerNameScanner scanner;
    private final MentionResolver resolver;
    private final SubjectSelector subjects = new SubjectSelector();
    private final Anaphora anaphora = new Anaphora();
    private final VillageRecognizer villages;

    public GazetteerRegionRecognizer() {
        this(Gazetteer.standard());
    }

    public GazetteerRegionRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.scanner = new GazetteerNameScanner(gazetteer);
        this.resolver = new MentionResolver(gazetteer);
        this.villages = new VillageRecognizer(gazetteer);
    }

    @Override
    public RegionAnalysis recognize(CleanedArticle article, String regionHint) {
        String text = article.text();
        List<ResolvedPlace> places = resolver.resolve(scanner.scan(text));
        List<Anaphora.Found> anaphors = anaphora.find(text);
        Region hint = regionHint == null ? null : gazetteer.byCode(regionHint)
                .orElseThrow(() -> new IllegalArgumentException("unknown region hint " + regionHint));
        Region subject = subjects.select(places, anaphors, article.title(), hint);

        List<RegionMention> mentions = new ArrayList<>();
        places.forEach(p -> mentions.add(new RegionMention(p.start(), p.end(), p.text(), info(p.region()), false)));
        SpanIndex placeSpans = SpanIndex.of(places, ResolvedPlace::start, ResolvedPlace::end);
        List<ResolvedPlace> placesAndAnaphora = new ArrayList<>(places);
        for (Anaphora.Found a : anaphors) {
            Region r = Anaphora.resolve(a.unit(), subject, gazetteer);
            if (r != null && !placeSpans.overlaps(a.start(), a.end())) {
                mentions.add(new RegionMention(a.start(), a.end(), a.text(), info(r), true));
                placesAndAnaphora.add(new ResolvedPlace(a.start(), a.end(), a.text(), r));
            }
        }
        placesAndAnaphora.sort(Comparator.comparingInt(ResolvedPlace::start));
        mentions.addAll(villages.recognize(article, placesAndAnaphora, subject));
        mentions.sort(Comparator.comparingInt(RegionMention::start));
        RegionInfo subjectInfo = subject == null ? null : info(subject);
        return new RegionAnalysis(subjectInfo, List.copyOf(mentions), regionsWithAncestors(mentions, subjectInfo));
    }

    private RegionInfo info(Region r) {
        return gazetteer.toRegionInfo(r);
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
            String parent = Region.VILLAGE.equals(r.level()) ? r.parentCode() : r.code();
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
