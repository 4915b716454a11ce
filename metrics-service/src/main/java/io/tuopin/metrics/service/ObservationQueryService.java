package io.tuopin.metrics.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.tuopin.metrics.domain.MetricObservation;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.ObservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;

/** A region's time series, and the indicator catalogue. */
@ApplicationScoped
public class ObservationQueryService {
    /** Sorts after every digit and '-', so "2019~" bounds every period within 2019. */
    private static final String PERIOD_END = "~";

    @Inject
    RegionQueryService regionQueries;

    @Inject
    ObservationRepository observations;

    @Inject
    ArticleRefLookup articleRefs;

    /** {@code from}/{@code to}: YYYY, YYYY-MM or YYYY-MM-DD, inclusive, null for open. */
    public PageResult<ObservationView> series(String code, String indicator, String from, String to,
                                              PageRequest page) {
        Region region = regionQueries.find(code);
        PanacheQuery<MetricObservation> query = observations.series(region.key, indicator, from,
                to == null ? null : to + PERIOD_END);
        List<MetricObservation> rows = query.page(Page.of(page.page(), page.size())).list();
        return new PageResult<>(views(rows), page.page(), page.size(), query.count());
    }

    public List<ObservationView> views(List<MetricObservation> rows) {
        Function<String, ArticleRefView> refs = articleRefs.forObservations(rows);
        return rows.stream().map(o -> ObservationView.of(o, refs.apply(o.articleId))).toList();
    }

    public IndicatorList indicators() {
        List<IndicatorSummary> items = observations.indicators();
        return new IndicatorList(items, items.size());
    }
}
