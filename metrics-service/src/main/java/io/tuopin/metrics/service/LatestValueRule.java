package io.tuopin.metrics.service;

import io.tuopin.metrics.repository.FigureRow;
import io.tuopin.metrics.repository.FlowTotal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documented rule for a region's current figures. For stocks and rates the current value is the
 * one with the latest period, then the latest publication (then the smallest id, so the choice is
 * stable); the other values reported for that same period are listed as alternatives (the newest
 * report of each value, at most {@link #MAX_ALTERNATIVES}, with their count), never dropped. Flows
 * are not reduced to one figure: they are summed per period (each distinct value once). Targets
 * (planned figures) are never current and never summed. Figures of the catalogue's catch-all
 * indicator {@code other} mean different things, so they are listed with the observations but
 * never reduced to a figure here. The database narrows the candidates ({@code FigureQueries}); this
 * class decides among them.
 */
public final class LatestValueRule {
    public static final String FLOW = "flow";
    public static final String OTHER = "other";
    public static final int MAX_ALTERNATIVES = 20;
    /** Figures listed per flow period; the period's count and total cover all of them. */
    public static final int FIGURES_PER_FLOW_PERIOD = 10;

    static final Comparator<FigureRow> NEWEST_FIRST = Comparator
            .comparing(FigureRow::period, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(FigureRow::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(FigureRow::id);

    private LatestValueRule() {
    }

    /** The current stocks and rates among the candidates of one region, by indicator and unit. */
    public static List<LatestFigure> latest(List<FigureRow> candidates, Function<String, ArticleRefView> articles) {
        Map<String, List<FigureRow>> byIndicator = candidates.stream()
                .filter(o -> !o.target() && !OTHER.equals(o.indicator()))
                .collect(Collectors.groupingBy(o -> o.indicator() + "\u0000" + o.unit(), TreeMap::new, Collectors.toList()));
        List<LatestFigure> latest = new ArrayList<>();
        for (List<FigureRow> group : byIndicator.values()) {
            if (group.stream().noneMatch(o -> FLOW.equals(o.kind()))) {
                current(group, articles).ifPresent(latest::add);
            }
        }
        return latest;
    }

    static Optional<LatestFigure> current(List<FigureRow> group, Function<String, ArticleRefView> articles) {
        List<FigureRow> sorted = group.stream().sorted(NEWEST_FIRST).toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        FigureRow current = sorted.get(0);
        Map<Object, FigureRow> newestPerValue = new LinkedHashMap<>();
        sorted.stream().skip(1)
                .filter(o -> Objects.equals(o.period(), current.period()) && o.value().compareTo(current.value()) != 0)
                .forEach(o -> newestPerValue.putIfAbsent(o.value().stripTrailingZeros(), o));
        List<FigureRef> alternatives = newestPerValue.values().stream().limit(MAX_ALTERNATIVES)
                .map(o -> FigureRef.of(o, articles.apply(o.articleId()))).toList();
        long alternativeCount = Math.max(newestPerValue.size(), current.valuesInPeriod() - 1);
        return Optional.of(LatestFigure.of(current, articles.apply(current.articleId()), alternatives, alternativeCount));
    }

    /** A region's flows: per indicator and unit, the periods newest first with their totals and newest figures. */
    public static List<FlowSeries> flows(List<FlowTotal> totals, List<FigureRow> figures,
                                         Function<String, ArticleRefView> articles) {
        Map<String, List<FlowTotal>> byIndicator = totals.stream()
                .collect(Collectors.groupingBy(t -> t.indicator() + "\u0000" + t.unit(), TreeMap::new, Collectors.toList()));
        List<FlowSeries> flows = new ArrayList<>();
        for (List<FlowTotal> series : byIndicator.values()) {
            List<FlowPeriod> periods = series.stream()
                    .sorted(Comparator.comparing(FlowTotal::period, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(t -> new FlowPeriod(t.period(), Decimals.plain(t.total()), (int) t.count(),
                            figuresOf(t, figures).stream().map(o -> FigureRef.of(o, articles.apply(o.articleId()))).toList()))
                    .toList();
            flows.add(new FlowSeries(series.get(0).indicator(), FLOW, series.get(0).unit(), periods));
        }
        return flows;
    }

    private static List<FigureRow> figuresOf(FlowTotal period, List<FigureRow> figures) {
        return figures.stream().filter(o -> o.indicator().equals(period.indicator())
                        && Objects.equals(o.unit(), period.unit()) && Objects.equals(o.period(), period.period()))
                .sorted(NEWEST_FIRST).limit(FIGURES_PER_FLOW_PERIOD).toList();
    }
}
