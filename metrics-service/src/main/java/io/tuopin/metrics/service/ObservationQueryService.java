package io.tuopin.metrics.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.tuopin.events.IndicatorDefinition;
import io.tuopin.events.IndicatorDefinitions;
import io.tuopin.metrics.domain.Observation;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.IndicatorCounts;
import io.tuopin.metrics.repository.ObservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A region's time series, and the indicator catalogue. */
@ApplicationScoped
public class ObservationQueryService {
    private static final List<IndicatorDefinition> CATALOGUE = IndicatorDefinitions.load();
    /** Sorts after every digit and '-', so "2019~" bounds every period within 2019. */
    private static final String PERIOD_END = "~";

    private final RegionQueryService regionQueries;
    private final ObservationRepository observations;
    private final ArticleRefLookup articleRefs;

    public ObservationQueryService(RegionQueryService regionQueries, ObservationRepository observations,
                                   ArticleRefLookup articleRefs) {
        this.regionQueries = regionQueries;
        this.observations = observations;
        this.articleRefs = articleRefs;
    }

    /** {@code from}/{@code to}: YYYY, YYYY-MM or YYYY-MM-DD, inclusive, null for open. */
    public PageResult<ObservationView> series(String code, String indicator, String from, String to,
                                              PageRequest page) {
        Region region = regionQueries.find(code);
        PanacheQuery<Observation> query = observations.series(region.key, indicator, from,
                to == null ? null : to + PERIOD_END);
        List<Observation> rows = query.page(Page.of(page.page(), page.size())).list();
        return PageResult.of(views(rows), page, query.count());
    }

    public List<ObservationView> views(List<Observation> rows) {
        Map<String, String> published = new HashMap<>();
        rows.forEach(o -> published.putIfAbsent(o.articleId, o.publishedAt));
        Function<String, ArticleRefView> refs = articleRefs.forArticles(published);
        return rows.stream().map(o -> ObservationView.of(o, refs.apply(o.articleId))).toList();
    }

    /** The whole catalogue, each indicator with its counts (zero when unseen), then uncatalogued ones seen. */
    public IndicatorList indicators() {
        Map<String, List<IndicatorCounts>> seen = observations.indicatorCounts().stream()
                .collect(Collectors.groupingBy(IndicatorCounts::indicator, LinkedHashMap::new, Collectors.toList()));
        List<IndicatorSummary> items = new ArrayList<>();
        for (IndicatorDefinition d : CATALOGUE) {
            List<IndicatorCounts> counts = seen.remove(d.key());
            if (counts == null) {
                items.add(new IndicatorSummary(d.key(), d.units().get(0), d.kind(), 0, 0, 0, d.units(), d.meaning(), true));
            } else {
                counts.forEach(c -> items.add(summary(c, d.units(), d.meaning(), true)));
            }
        }
        seen.values().forEach(list -> list.forEach(c -> items.add(summary(c, List.of(c.unit()), null, false))));
        return new IndicatorList(items, items.size());
    }

    private static IndicatorSummary summary(IndicatorCounts c, List<String> units, String meaning, boolean catalogued) {
        return new IndicatorSummary(c.indicator(), c.unit(), c.kind(), c.observationCount(), c.regionCount(),
                c.articleCount(), units, meaning, catalogued);
    }
}
