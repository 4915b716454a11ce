package io.tuopin.metrics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.metrics.domain.MetricObservation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LatestValueRuleTest {
    private static final Function<String, ArticleRefView> ARTICLES = id -> new ArticleRefView(id, "t-" + id, null);

    @Test
    void latestPeriodWinsOverLaterPublication() {
        RegionFigures figures = LatestValueRule.apply(List.of(
                row("a", "poor_population", "stock", "500", "2019", "2021-01-01"),
                row("b", "poor_population", "stock", "900", "2018", "2022-01-01")), ARTICLES);

        assertEquals(1, figures.latest().size());
        assertEquals(new BigDecimal("500"), figures.latest().get(0).value());
        assertTrue(figures.latest().get(0).alternatives().isEmpty(), "other periods are history, not alternatives");
    }

    @Test
    void samePeriodConflictKeepsTheLaterPublicationAndListsTheOther() {
        LatestFigure figure = LatestValueRule.apply(List.of(
                row("a", "poverty_incidence", "rate", "3.2", "2019", "2020-01-01"),
                row("b", "poverty_incidence", "rate", "3.5", "2019", "2020-06-01"),
                row("c", "poverty_incidence", "rate", "3.5", "2019", "2020-02-01")), ARTICLES).latest().get(0);

        assertEquals(new BigDecimal("3.5"), figure.value());
        assertEquals("b", figure.article().id());
        assertEquals(List.of(new BigDecimal("3.2")), figure.alternatives().stream().map(FigureRef::value).toList());
    }

    @Test
    void flowsAreSummedPerPeriodCountingARepeatedAmountOnce() {
        RegionFigures figures = LatestValueRule.apply(List.of(
                row("a", "investment", "flow", "100", "2019", "2020-01-01"),
                row("b", "investment", "flow", "100", "2019", "2020-02-01"),
                row("c", "investment", "flow", "250", "2019", "2020-03-01"),
                row("d", "investment", "flow", "40", "2020", "2021-01-01")), ARTICLES);

        assertTrue(figures.latest().isEmpty(), "a flow never becomes one current figure");
        FlowSeries series = figures.flows().get(0);
        assertEquals(List.of("2020", "2019"), series.periods().stream().map(FlowPeriod::period).toList());
        assertEquals(new BigDecimal("350"), series.periods().get(1).total());
        assertEquals(3, series.periods().get(1).count());
    }

    @Test
    void targetsAreNeverCurrent() {
        MetricObservation target = row("a", "poor_population", "stock", "0", "2020", "2020-01-01");
        target.target = true;
        RegionFigures figures = LatestValueRule.apply(List.of(target,
                row("b", "poor_population", "stock", "300", "2019", "2019-06-01")), ARTICLES);

        assertEquals(new BigDecimal("300"), figures.latest().get(0).value());
    }

    @Test
    void uncataloguedFiguresAreNeverAHeadlineFigure() {
        RegionFigures figures = LatestValueRule.apply(List.of(
                row("a", "other", "stock", "27", "2019", "2020-01-01"),
                row("b", "poor_population", "stock", "300", "2019", "2019-06-01")), ARTICLES);

        assertEquals(1, figures.latest().size());
        assertEquals("poor_population", figures.latest().get(0).indicator());
    }

    private static MetricObservation row(String article, String indicator, String kind, String value, String period,
                                         String published) {
        MetricObservation o = new MetricObservation();
        o.id = article + "-" + indicator;
        o.articleId = article;
        o.indicator = indicator;
        o.kind = kind;
        o.unit = "x";
        o.value = new BigDecimal(value);
        o.period = period;
        o.publishedAt = published;
        return o;
    }
}
