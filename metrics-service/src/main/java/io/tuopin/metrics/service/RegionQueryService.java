package io.tuopin.metrics.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.tuopin.metrics.domain.MetricObservation;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionMentionRepository;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Region search and the region page. */
@ApplicationScoped
public class RegionQueryService {

    @Inject
    RegionRepository regions;

    @Inject
    ObservationRepository observations;

    @Inject
    ArticleRepository articles;

    @Inject
    RegionMentionRepository mentions;

    @Inject
    ArticleRefLookup articleRefs;

    public PageResult<RegionSummary> search(String q, String level, String parent, boolean all, PageRequest page) {
        PanacheQuery<Region> query = regions.search(SearchText.simplified(q), level, parent, all);
        List<RegionSummary> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(RegionSummary::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    public RegionDetail detail(String code) {
        Region region = find(code);
        List<Region> children = regions.children(region.key);
        List<String> keys = new ArrayList<>(children.stream().map(c -> c.key).toList());
        keys.add(region.key);
        List<MetricObservation> all = observations.byRegions(keys);
        Function<String, ArticleRefView> refs = articleRefs.forObservations(all);
        RegionFigures own = LatestValueRule.apply(only(all, region.key), refs);
        return new RegionDetail(region.key, region.code, region.name, region.level, region.aliasList(),
                regions.ancestors(region).stream().map(RegionRefView::of).toList(),
                articleCount(region.key), mentions.totalMentions(region.key), only(all, region.key).size(),
                own.latest(), own.flows(),
                children.stream().map(child -> child(child, only(all, child.key), refs)).toList());
    }

    /** The region with this code (or old code); 404 otherwise. */
    public Region find(String code) {
        return regions.findByCode(code)
                .orElseThrow(() -> new UnknownResourceException("no region with code " + code + " is known"));
    }

    private long articleCount(String key) {
        Set<String> ids = new HashSet<>(articles.idsAbout(key));
        ids.addAll(mentions.articleIds(key));
        ids.addAll(observations.articleIds(key));
        return ids.size();
    }

    private static ChildRegion child(Region child, List<MetricObservation> own, Function<String, ArticleRefView> refs) {
        Map<String, LatestFigure> figures = new LinkedHashMap<>();
        LatestValueRule.apply(own, refs).latest().forEach(f -> figures.putIfAbsent(f.indicator(), f));
        return new ChildRegion(child.key, child.code, child.name, child.level, figures);
    }

    private static List<MetricObservation> only(List<MetricObservation> all, String key) {
        return all.stream().filter(o -> key.equals(o.regionKey)).toList();
    }
}
