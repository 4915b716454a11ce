package io.tuopin.metrics.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.FigureQueries;
import io.tuopin.metrics.repository.FigureRow;
import io.tuopin.metrics.repository.FlowTotal;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionMentionRepository;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Region search and the region page. The page reads only what it shows: counts and sums come from
 * SQL, figures as the columns they show (never the entities, never an article's text), and only
 * the candidates for each current value, however many articles report on the region.
 */
@ApplicationScoped
public class RegionQueryService {
    /** Candidates per indicator: the current value and its alternatives. */
    private static final int CANDIDATES = LatestValueRule.MAX_ALTERNATIVES + 1;

    private final RegionRepository regions;
    private final ObservationRepository observations;
    private final ArticleRepository articles;
    private final RegionMentionRepository mentions;
    private final FigureQueries figures;
    private final ArticleRefLookup articleRefs;

    public RegionQueryService(RegionRepository regions, ObservationRepository observations, ArticleRepository articles,
                              RegionMentionRepository mentions, FigureQueries figures, ArticleRefLookup articleRefs) {
        this.regions = regions;
        this.observations = observations;
        this.articles = articles;
        this.mentions = mentions;
        this.figures = figures;
        this.articleRefs = articleRefs;
    }

    public PageResult<RegionSummary> search(String q, String level, String parent, boolean all, PageRequest page) {
        PanacheQuery<Region> query = regions.search(SearchText.simplified(q), level, parent, all);
        List<RegionSummary> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(RegionSummary::of).toList();
        return PageResult.of(items, page, query.count());
    }

    public RegionDetail detail(String code) {
        Region region = find(code);
        List<Region> children = regions.children(region.key);
        List<String> keys = new ArrayList<>(children.stream().map(c -> c.key).toList());
        keys.add(region.key);
        List<FigureRow> candidates = figures.currentCandidates(keys, CANDIDATES);
        List<FlowTotal> flowTotals = figures.flowTotals(region.key);
        List<FigureRow> flowFigures = figures.flowItems(region.key, LatestValueRule.FIGURES_PER_FLOW_PERIOD);
        Function<String, ArticleRefView> refs = articleRefs.forArticles(publicationDates(candidates, flowFigures));
        return new RegionDetail(region.key, region.code, region.name, region.level, region.aliasList(),
                regions.ancestors(region).stream().map(RegionRefView::of).toList(),
                articles.countAbout(region.key), mentions.totalMentions(region.key),
                observations.countByRegion(region.key),
                LatestValueRule.latest(only(candidates, region.key), refs),
                LatestValueRule.flows(flowTotals, flowFigures, refs),
                children.stream().map(child -> child(child, only(candidates, child.key), refs)).toList());
    }

    /** The region with this code (or old code); 404 otherwise. */
    public Region find(String code) {
        return regions.findByCode(code)
                .orElseThrow(() -> new UnknownResourceException("no region with code " + code + " is known"));
    }

    private static Map<String, String> publicationDates(List<FigureRow> candidates, List<FigureRow> flowFigures) {
        Map<String, String> dates = new HashMap<>();
        Stream.concat(candidates.stream(), flowFigures.stream())
                .forEach(o -> dates.putIfAbsent(o.articleId(), o.publishedAt()));
        return dates;
    }

    private static ChildRegion child(Region child, List<FigureRow> own, Function<String, ArticleRefView> refs) {
        Map<String, LatestFigure> latest = new LinkedHashMap<>();
        LatestValueRule.latest(own, refs).forEach(f -> latest.putIfAbsent(f.indicator(), f));
        return new ChildRegion(child.key, child.code, child.name, child.level, latest);
    }

    private static List<FigureRow> only(List<FigureRow> rows, String key) {
        return rows.stream().filter(o -> key.equals(o.regionKey())).toList();
    }
}
