package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.Span;
import java.math.BigDecimal;
import io.tuopin.nlp.time.DateFinder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogMetricExtractorTest {
    private static final RegionInfo COUNTY = TestArticles.county("620999", "青石县", "620900");
    private static final RegionInfo TOWNSHIP = new RegionInfo("620999101", "柳河镇", "township", "620999", List.of());
    private static final RegionInfo VILLAGE = new RegionInfo(null, "红星村", "village", "620999101", List.of());
    private final CatalogMetricExtractor extractor = new CatalogMetricExtractor();

    @Test
    void compoundHouseholdsAndPeopleAreTwoObservations() {
        List<Observation> obs = run("全县共有建档立卡贫困人口5210户17033人。", null);
        assertEquals(5210, value(find(obs, "poor_households")));
        assertEquals(17033, value(find(obs, "poor_population")));
    }

    @Test
    void anApproximateSecondFigureSharesTheCue() {
        List<Observation> obs = run("其中集镇安置点安置3100户近1.1万人。", null);
        assertEquals(3100, value(find(obs, "relocated_households")));
        assertEquals(11_000, value(find(obs, "relocated_population")));
    }

    @Test
    void changeStatementGivesTwoObservationsWithTheirPeriods() {
        List<Observation> obs = run("2020年,全县贫困发生率由2013年的18.6%降至0.2%。", null);
        List<Observation> rates = obs.stream().filter(o -> o.indicator().equals("poverty_incidence")).toList();
        assertEquals(2, rates.size());
        assertEquals("2013", rates.get(0).period());
        assertEquals("2020", rates.get(1).period());
        assertEquals(0, new BigDecimal("0.2").compareTo(rates.get(1).value()));
    }

    @Test
    void cutOffDateGovernsTheFollowingClauses() {
        List<Observation> obs = run("截至2020年6月底,累计减贫3200户9800人,剩余贫困人口15户31人。", null);
        assertEquals("2020-06", find(obs, "lifted_population").period());
        assertEquals("2020-06", find(obs, "remaining_poor_households").period());
    }

    @Test
    void aChangeOfHouseholdsAndPeopleKeepsBothPeriods() {
        List<Observation> obs = run("全县贫困人口从2014年的1.2万户3.6万人减少到2019年的124户302人。", null);
        Observation before = obs.stream().filter(o -> o.value().intValue() == 36_000).findFirst().orElseThrow();
        Observation after = obs.stream().filter(o -> o.value().intValue() == 124).findFirst().orElseThrow();
        assertEquals("2014", before.period(), obs.toString());
        assertEquals("poor_population", before.indicator());
        assertEquals("2019", after.period());
    }

    @Test
    void theBaselineOfAChangeDoesNotTakeTheCutOff() {
        List<Observation> obs = run("截至2020年6月底,全县贫困发生率从21.5%下降到0.3%。", null);
        List<Observation> rates = obs.stream().filter(o -> o.indicator().equals("poverty_incidence")).toList();
        assertNull(rates.get(0).period());
        assertEquals("2020-06", rates.get(1).period());
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        List<Observation> obs = run("去年,全县易地扶贫搬迁420户1530人。今年4月,新认定扶贫车间5个。", "2021-05-20");
        assertEquals("2020", find(obs, "relocated_households").period());
        assertEquals("2021-04", find(obs, "poverty_workshops").period());
    }

    @Test
    void periodIsNullWhenTheTextDoesNotSayIt() {
        assertNull(find(run("全县有龙头企业12家。", null), "leading_enterprises").period());
    }

    @Test
    void figuresAboutATownshipOrVillageGoToIt() {
        List<Observation> obs = run("柳河镇投入资金300万元修建道路。红星村吸纳贫困劳动力就业45人。", null);
        assertEquals("柳河镇", find(obs, "investment").region().name());
        assertEquals("village", find(obs, "employed_poor_labor").region().level());
        assertEquals("红星村", find(obs, "employed_poor_labor").region().name());
    }

    @Test
    void anaphoraAndUnnamedFiguresGoToTheSubject() {
        Observation o = find(run("选派驻村工作队26支,第一书记26名。", null), "resident_work_teams");
        assertEquals(new RegionInfo("620999", "青石县", "county", null, null).code(), o.region().code());
        assertEquals("county", o.region().level());
    }

    @Test
    void plansAreTargets() {
        List<Observation> obs = run("全县计划总投资5000万元,已完成投资1200万元。", null);
        assertTrue(obs.stream().anyMatch(o -> o.value().intValue() == 50_000_000 && o.target()));
        assertTrue(obs.stream().anyMatch(o -> o.value().intValue() == 12_000_000 && !o.target()));
    }

    @Test
    void standardsAndPersonalFiguresAreNotObservations() {
        List<Observation> obs = run("按照人均5000元标准补助。她家得到6万多元政府补贴。", null);
        assertTrue(obs.stream().noneMatch(o -> o.indicator().equals("investment")), obs.toString());
    }

    @Test
    void subsetsAndBeneficiariesAreNotTheStockOfPoor() {
        List<Observation> obs = run("全县低保对象3100户,其中建档立卡贫困户900户。帮扶干部结对帮扶贫困户2000户。", null);
        assertEquals(3100, value(find(obs, "dibao_households")));
        assertTrue(obs.stream().noneMatch(o -> o.indicator().equals("poor_households")), obs.toString());
    }

    @Test
    void remainingPoorAllLiftedIsALifting() {
        List<Observation> obs = run("2019年全县剩余的812户2301名贫困人口全部脱贫。", null);
        assertEquals("2019", find(obs, "lifted_population").period());
        assertTrue(obs.stream().noneMatch(o -> o.indicator().startsWith("remaining")));
    }

    @Test
    void nonGradedFiguresKeepTheirOwnKey() {
        List<Observation> obs = run("发展花椒种植2.3万亩,年产值6000万元。", null);
        assertEquals("mu", find(obs, "cultivation_area").unit());
        assertEquals(60_000_000, value(find(obs, "output_value")));
    }

    @Test
    void confidenceIsHigherForAnAdjacentCue() {
        List<Observation> obs = run("投资300万元。2020年建设项目,共计使用当年到位的各项资金达到120万元。", null);
        double adjacent = obs.stream().filter(o -> o.value().intValue() == 3_000_000).findFirst().orElseThrow().confidence();
        double distant = obs.stream().filter(o -> o.value().intValue() == 1_200_000).findFirst().orElseThrow().confidence();
        assertTrue(adjacent > distant, adjacent + " vs " + distant);
    }

    @Test
    void idsAreDeterministicAndEvidencePointsIntoTheText() {
        String text = "全县累计投入扶贫资金6.5亿元。";
        List<Observation> first = run(text, null);
        List<Observation> second = run(text, null);
        Observation o = find(first, "investment");
        assertEquals(o.id(), find(second, "investment").id());
        assertEquals(32, o.id().length());
        assertEquals(text.substring(o.evidence().start(), o.evidence().end()), o.evidence().text());
        assertTrue(o.evidence().text().contains("6.5亿元"));
        assertEquals(ObservationFactory.id("a1", "investment", "620999", o.evidence().start(), o.evidence().end(),
                "650000000"), o.id());
    }

    @Test
    void unreliableSpansYieldNothing() {
        String text = "总人口14.56万人。";
        CleanedArticle article = TestArticles.article(text, null, List.of(new Span(0, 6)));
        MetricResult r = extractor.extract("a1", article, TestArticles.regions(text, COUNTY));
        assertTrue(r.observations().isEmpty());
        assertTrue(r.quantities().isEmpty());
    }

    @Test
    void everyQuantityIsReturnedWithOffsets() {
        String text = "全县120个行政村都是贫困村,修建道路38公里。";
        MetricResult r = extractor.extract("a1", TestArticles.article(text, null), TestArticles.regions(text, COUNTY));
        assertEquals(2, r.quantities().size());
        assertEquals("38公里", text.substring(r.quantities().get(1).start(), r.quantities().get(1).end()));
        assertEquals(120, value(find(r.observations(), "admin_villages")));
        assertEquals(120, value(find(r.observations(), "poor_villages")));
        assertFalse(find(r.observations(), "roads_km").approx());
    }

    @Test
    void yearRangeAndSinceGiveThePeriodStart() {
        List<Observation> obs = run("2018至2020年,全县累计投入扶贫资金4.2亿元。自2016年以来,累计减贫1800户。", null);
        Observation money = find(obs, "investment");
        assertEquals("2020", money.period());
        assertEquals("2018", money.periodStart());
        Observation lifted = find(obs, "lifted_households");
        assertNull(lifted.period());
        assertEquals("2016", lifted.periodStart());
    }

    @Test
    void aRegionHeadingTheSentenceGovernsItsLaterClauses() {
        List<Observation> obs = run("柳河镇位于县城东部,辖9个行政村,共有建档立卡贫困户420户。", null);
        assertEquals("柳河镇", find(obs, "admin_villages").region().name());
        assertEquals("柳河镇", find(obs, "poor_households").region().name());
    }

    @Test
    void aRegionNamedAsPartnerDoesNotTakeTheFigure() {
        Observation o = find(run("全县与柳河镇共建扶贫车间12个。", null), "poverty_workshops");
        assertEquals("青石县", o.region().name());
    }

    @Test
    void extractionIsThreadSafe() throws Exception {
        String text = "全县建档立卡贫困户5210户17033人,贫困发生率从21.3%下降到0.3%。柳河镇投入资金300万元。";
        List<Observation> expected = run(text, "2020-01-01");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Observation>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> run(text, "2020-01-01")));
            }
            for (java.util.concurrent.Future<List<Observation>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void evidenceCarriesSourceOffsets() {
        String text = "全县投入资金200万元。";
        String original = "<p>全县投入資金200萬元。</p>";
        int[] index = new int[text.length() + 1];
        for (int i = 0; i <= text.length(); i++) {
            index[i] = i + 3;
        }
        CleanedArticle article = new CleanedArticle("t", null, "s", null, null, "traditional", text, original, index,
                List.of(new Span(0, text.length())), List.of(new Span(0, text.length())), List.of(),
                new DateFinder().find(text, null));
        Observation o = find(extractor.extract("a2", article, TestArticles.regions(text, COUNTY)).observations(), "investment");
        assertEquals(o.evidence().start() + 3, o.evidence().sourceStart());
        assertEquals("資金200萬元", original.substring(o.evidence().sourceStart(), o.evidence().sourceEnd()));
    }

    @Test
    void aVillageIsKeyedByItsParentAndName() {
        assertEquals("620999101/红星村", ObservationFactory.regionKey(VILLAGE));
        assertEquals("620999101", ObservationFactory.regionKey(TOWNSHIP));
        Observation o = find(run("红星村建成扶贫车间2个。", null), "poverty_workshops");
        assertEquals(ObservationFactory.id("a1", "poverty_workshops", "620999101/红星村", o.evidence().start(),
                o.evidence().end(), "2"), o.id());
        assertNull(o.region().code());
    }

    @Test
    void everyObservationHasAKindAndAValidPeriod() {
        List<Observation> obs = run("2020年1月45日,全县开会3场,增长5.2%,投入资金20万元,有村民1200人,受益800人次。", null);
        assertTrue(obs.size() >= 4, obs.toString());
        assertTrue(obs.stream().allMatch(o -> Set.of("stock", "flow", "rate").contains(o.kind())), obs.toString());
        assertTrue(obs.stream().allMatch(o -> "2020-01".equals(o.period())), obs.toString());
        assertEquals("rate", obs.stream().filter(o -> o.unit().equals("percent")).findFirst().orElseThrow().kind());
    }

    @Test
    void respectivelyGivesEachListedRegionItsFigure() {
        RegionInfo a = new RegionInfo("620999101", "柳河镇", "township", "620999", List.of());
        RegionInfo b = new RegionInfo("620999102", "石门乡", "township", "620999", List.of());
        String text = "柳河镇和石门乡分别减贫320户1100人、210户760人。";
        List<Observation> obs = extractor.extract("a1", TestArticles.article(text, null), TestArticles.regions(text, COUNTY, a, b))
                .observations();
        assertEquals("柳河镇", obs.stream().filter(o -> o.value().intValue() == 1100).findFirst().orElseThrow().region().name());
        assertEquals("石门乡", obs.stream().filter(o -> o.value().intValue() == 210).findFirst().orElseThrow().region().name());
        assertEquals("lifted_population", obs.stream().filter(o -> o.value().intValue() == 760).findFirst().orElseThrow().indicator());
    }

    private List<Observation> run(String text, String publishedAt) {
        CleanedArticle article = TestArticles.article(text, publishedAt);
        return extractor.extract("a1", article, TestArticles.regions(text, COUNTY, TOWNSHIP, VILLAGE)).observations();
    }

    private static Observation find(List<Observation> obs, String indicator) {
        return obs.stream().filter(o -> o.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + indicator + " in " + obs));
    }

    private static long value(Observation o) {
        return o.value().longValueExact();
    }
}
