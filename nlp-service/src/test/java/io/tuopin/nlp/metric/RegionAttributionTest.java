package io.tuopin.nlp.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which region a figure is about; sentences written for these tests, places and figures invented. */
class RegionAttributionTest {
    private static final RegionInfo PREFECTURE = new RegionInfo("620900", "白河市", "prefecture", "620000", List.of());
    private static final RegionInfo COUNTY = TestArticles.county("620999", "青石县", "620900");
    private static final RegionInfo OTHER_COUNTY = TestArticles.county("620998", "石门县", "620900");
    private static final RegionInfo TOWNSHIP = new RegionInfo("620999101", "柳河镇", "township", "620999", List.of());
    private static final RegionInfo VILLAGE = new RegionInfo(null, "红星村", "village", "620999101", List.of());
    private final CatalogMetricExtractor extractor = new CatalogMetricExtractor();

    @Test
    void aVillageFigureGoesToTheVillageNotItsTownship() {
        List<Observation> obs = county("柳河镇红星村人均纯收入从2014年的2100元增加到去年的11800元。", "2021-03-01");
        List<Observation> income = of(obs, "per_capita_net_income");
        assertEquals(2, income.size(), obs::toString);
        assertTrue(income.stream().allMatch(o -> o.region().name().equals("红星村")), income::toString);
        assertEquals("2020", income.get(1).period());
    }

    @Test
    void aSubsetNamingATownshipIsTheTownshipsOwnFigure() {
        List<Observation> obs = county("全县建成扶贫车间40个，其中柳河镇建成扶贫车间6个。", null);
        List<Observation> workshops = of(obs, "poverty_workshops");
        assertEquals(2, workshops.size(), obs::toString);
        assertEquals("青石县", workshops.get(0).region().name());
        assertEquals("柳河镇", workshops.get(1).region().name());
        assertEquals(6, workshops.get(1).value().intValue());
    }

    @Test
    void aSubsetWithoutARegionIsStillNotTheTotal() {
        List<Observation> obs = county("全县有龙头企业30家，其中省级龙头企业5家。", null);
        assertEquals(1, of(obs, "leading_enterprises").size(), obs::toString);
    }

    @Test
    void aPartOfAnotherKindIsNotASubsetOfTheTotal() {
        List<Observation> obs = county("2014年底，全县有贫困人口1.2万户4.1万人，其中贫困村36个。", null);
        assertEquals(36, of(obs, "poor_villages").get(0).value().intValue(), obs::toString);
    }

    @Test
    void listedCountiesDoNotGovernTheReportsOwnFigure() {
        String text = "截至2019年底，全市累计减贫2.1万户，青石县、石门县先后脱贫摘帽，贫困发生率降至1.2%。";
        List<Observation> obs = prefecture(text);
        assertEquals("白河市", of(obs, "poverty_incidence").get(0).region().name(), obs::toString);
    }

    @Test
    void aCountyActingWithAnotherStillGovernsItsSentence() {
        List<Observation> obs = prefecture("青石县与石门县签订协作协议，投入帮扶资金500万元。");
        assertEquals("青石县", of(obs, "investment").get(0).region().name(), obs::toString);
    }

    @Test
    void aCountyOpeningItsSentenceInAPrefectureReportKeepsItsChange() {
        List<Observation> obs = prefecture("全市贫困发生率降至2.2%。石门县贫困发生率从2014年的31.2%下降至去年底的0.9%。");
        List<Observation> rates = of(obs, "poverty_incidence").stream()
                .filter(o -> o.region().name().equals("石门县")).toList();
        assertEquals(List.of(31.2, 0.9), rates.stream().map(o -> o.value().doubleValue()).toList(), obs::toString);
    }

    @Test
    void eachCountyOfAnEnumerationTakesItsOwnClause() {
        List<Observation> obs = prefecture("青石县投入扶贫资金3亿元，新建扶贫车间20个，石门县投入扶贫资金2亿元，全市建成扶贫车间90个。");
        List<String> regions = of(obs, "investment").stream().map(o -> o.region().name()).toList();
        assertEquals(List.of("青石县", "石门县"), regions, obs::toString);
        List<String> workshops = of(obs, "poverty_workshops").stream().map(o -> o.region().name()).toList();
        assertEquals(List.of("青石县", "白河市"), workshops, obs::toString);
    }

    @Test
    void aParallelClauseForAnotherCountyKeepsTheIndicator() {
        List<Observation> obs = prefecture("青石县贫困发生率降至0.5%，石门县降至0.8%，群众满意度达到98%。");
        List<Observation> rates = of(obs, "poverty_incidence");
        assertEquals(List.of("青石县", "石门县"), rates.stream().map(o -> o.region().name()).toList(), obs::toString);
        assertEquals(0.8, rates.get(1).value().doubleValue());
    }

    @Test
    void anIndefiniteOneIsNotACount() {
        List<Observation> obs = county("柳河镇一名驻村第一书记说，日子越过越好。全县驻村干部120名。", null);
        List<Observation> cadres = of(obs, "resident_cadres");
        assertEquals(1, cadres.size(), obs::toString);
        assertEquals(120, cadres.get(0).value().intValue());
    }

    @Test
    void aCountedSingleItemIsStillAFigure() {
        List<Observation> obs = county("全县仅剩一个贫困村未出列。", null);
        assertTrue(obs.stream().anyMatch(o -> o.value().intValue() == 1), obs::toString);
    }

    private List<Observation> county(String text, String publishedAt) {
        return extractor.extract("a1", TestArticles.article(text, publishedAt),
                TestArticles.regions(text, COUNTY, TOWNSHIP, VILLAGE)).observations();
    }

    private List<Observation> prefecture(String text) {
        return extractor.extract("a1", TestArticles.article(text, "2020-11-20"),
                TestArticles.regions(text, PREFECTURE, COUNTY, OTHER_COUNTY)).observations();
    }

    private static List<Observation> of(List<Observation> obs, String indicator) {
        return obs.stream().filter(o -> o.indicator().equals(indicator)).toList();
    }
}
