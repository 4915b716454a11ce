package io.tuopin.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.metrics.repository.FigureRow;
import io.tuopin.metrics.repository.FlowTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LatestValueRuleTest {
    private static final Function<String, ArticleRefView> ARTICLES = id -> new ArticleRefView(id, "t-" + id, null);

    @Test
    void latestPeriodWinsOverLaterPublication() {
        List<LatestFigure> latest = LatestValueRule.latest(List.of(
                row("a", "poor_population", "stock", "500", "2019", "2021-01-01"),
                row("b", "poor_population", "stock", "900", "2018", "2022-01-01")), ARTICLES);

        assertEquals(1, latest.size());
        assertEquals(new BigDecimal("500"), latest.get(0).value());
        assertTrue(latest.get(0).alternatives().isEmpty(), "other periods are history, not alternatives");
    }

    @Test
    void samePeriodConflictKeepsTheLaterPublicationAndListsTheOther() {
        LatestFigure figure = LatestValueRule.latest(List.of(
                row("a", "poverty_incidence", "rate", "3.2", "2019", "2020-01-01"),
                row("b", "poverty_incidence", "rate", "3.5", "2019", "2020-06-01"),
                row("c", "poverty_incidence", "rate", "3.5", "2019", "2020-02-01"),
                row("d", "poverty_incidence", "rate", "3.20", "2019", "2020-01-15")), ARTICLES).get(0);

        assertEquals(new BigDecimal("3.5"), figure.value());
        assertEquals("b", figure.article().id());
        assertEquals(List.of(new BigDecimal("3.2")), figure.alternatives().stream().map(FigureRef::value).toList(),
                "each other value once, from its newest report");
        assertEquals("d", figure.alternatives().get(0).article().id());
        assertEquals(1, figure.alternativeCount());
    }

    @Test
    void alternativesAreCappedButCountedInFull() {
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("a" + i, "poor_population", "stock", String.valueOf(1000 + i), "2019",
                    String.format("2020-01-%02d", i + 1)));
        }
        LatestFigure figure = LatestValueRule.latest(rows, ARTICLES).get(0);

        assertEquals(new BigDecimal("1029"), figure.value());
        assertEquals(LatestValueRule.MAX_ALTERNATIVES, figure.alternatives().size());
        assertEquals(29, figure.alternativeCount());
    }

    @Test
    void aFlowIsNeverOneCurrentFigureButPeriodsNewestFirstWithTheirNewestFigures() {
        List<FigureRow> figures = List.of(
                row("a", "investment", "flow", "100", "2019", "2020-01-01"),
                row("b", "investment", "flow", "100", "2019", "2020-02-01"),
                row("c", "investment", "flow", "250", "2019", "2020-03-01"),
                row("d", "investment", "flow", "40", "2020", "2021-01-01"));
        assertTrue(LatestValueRule.latest(figures, ARTICLES).isEmpty());

        List<FlowSeries> flows = LatestValueRule.flows(List.of(
                new FlowTotal("investment", "x", "2019", new BigDecimal("350"), 3),
                new FlowTotal("investment", "x", "2020", new BigDecimal("40"), 1)), figures, ARTICLES);

        FlowSeries series = flows.get(0);
        assertEquals(List.of("2020", "2019"), series.periods().stream().map(FlowPeriod::period).toList());
        assertEquals(new BigDecimal("350"), series.periods().get(1).total());
        assertEquals(List.of("c", "b", "a"), series.periods().get(1).observations().stream()
                .map(f -> f.article().id()).toList());
    }

    @Test
    void targetsAreNeverCurrent() {
        FigureRow plan = row("a", "poor_population", "stock", "0", "2020", "2020-01-01");
        FigureRow target = new FigureRow(plan.id(), plan.regionKey(), plan.articleId(), plan.indicator(), plan.unit(),
                plan.kind(), plan.value(), null, plan.period(), null, false, true, plan.publishedAt(), null, null, null,
                null, null, 0);
        List<LatestFigure> latest = LatestValueRule.latest(List.of(target,
                row("b", "poor_population", "stock", "300", "2019", "2019-06-01")), ARTICLES);

        assertEquals(new BigDecimal("300"), latest.get(0).value());
    }

    @Test
    void uncataloguedFiguresAreNeverAHeadlineFigure() {
        List<LatestFigure> latest = LatestValueRule.latest(List.of(
                row("a", "other", "stock", "27", "2019", "2020-01-01"),
                row("b", "poor_population", "stock", "300", "2019", "2019-06-01")), ARTICLES);

        assertEquals(1, latest.size());
        assertEquals("poor_population", latest.get(0).indicator());
    }

    private static FigureRow row(String article, String indicator, String kind, String value, String period,
                                 String published) {
        return new FigureRow(article + "-" + indicator, "141034", article, indicator, "x", kind, new BigDecimal(value),
                null, period, null, false, false, published, null, null, null, null, null, 0);
    }
}
