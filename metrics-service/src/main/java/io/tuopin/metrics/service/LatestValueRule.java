package io.tuopin.metrics.service;

import io.tuopin.metrics.domain.MetricObservation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documented rule for a region's current figures. For stocks and rates the current value is the
 * one with the latest period, then the latest publication (then the smallest id, so the choice is
 * stable); other values for that same period are listed as alternatives, never dropped. Flows are
 * not reduced to one figure: they are listed and summed per period. Targets (planned figures) are
 * never current and never summed. Figures of the catalogue's catch-all indicator {@code other} mean
 * different things, so they are listed with the observations but never reduced to a figure here.
 */
public final class LatestValueRule {
    public static final String FLOW = "flow";
    public static final String OTHER = "other";

    static final Comparator<MetricObservation> NEWEST_FIRST = Comparator
            .comparing((MetricObservation o) -> o.period, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(o -> o.publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(o -> o.id);

    private LatestValueRule() {
    }

    public static RegionFigures apply(List<MetricObservation> observations, Function<String, ArticleRefView> articles) {
        Map<String, List<MetricObservation>> byIndicator = observations.stream()
                .filter(o -> !o.target && !OTHER.equals(o.indicator))
                .collect(Collectors.groupingBy(o -> o.indicator + "\u0000" + o.unit, TreeMap::new, Collectors.toList()));
        List<LatestFigure> latest = new ArrayList<>();
        List<FlowSeries> flows = new ArrayList<>();
        for (List<MetricObservation> group : byIndicator.values()) {
            if (group.stream().anyMatch(o -> FLOW.equals(o.kind))) {
                flows.add(flow(group, articles));
            } else {
                current(group, articles).ifPresent(latest::add);
            }
        }
        return new RegionFigures(latest, flows);
    }

    static Optional<LatestFigure> current(List<MetricObservation> group, Function<String, ArticleRefView> articles) {
        List<MetricObservation> sorted = group.stream().sorted(NEWEST_FIRST).toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        MetricObservation current = sorted.get(0);
        List<FigureRef> alternatives = sorted.stream().skip(1)
                .filter(o -> Objects.equals(o.period, current.period) && o.value.compareTo(current.value) != 0)
                .map(o -> FigureRef.of(o, articles.apply(o.articleId)))
                .toList();
        return Optional.of(LatestFigure.of(current, articles.apply(current.articleId), alternatives));
    }

    static FlowSeries flow(List<MetricObservation> group, Function<String, ArticleRefView> articles) {
        Map<String, List<MetricObservation>> byPeriod = new LinkedHashMap<>();
        group.stream().sorted(NEWEST_FIRST)
                .forEach(o -> byPeriod.computeIfAbsent(o.period, p -> new ArrayList<>()).add(o));
        List<FlowPeriod> periods = new ArrayList<>();
        byPeriod.forEach((period, items) -> periods.add(new FlowPeriod(period, distinctSum(items), items.size(),
                items.stream().map(o -> FigureRef.of(o, articles.apply(o.articleId))).toList())));
        MetricObservation first = group.get(0);
        return new FlowSeries(first.indicator, FLOW, first.unit, periods);
    }

    private static BigDecimal distinctSum(List<MetricObservation> items) {
        TreeSet<BigDecimal> distinct = new TreeSet<>();
        items.forEach(o -> distinct.add(o.value));
        return Decimals.plain(distinct.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
