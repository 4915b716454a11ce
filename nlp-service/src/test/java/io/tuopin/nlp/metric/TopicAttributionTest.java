package io.tuopin.nlp.metric;

import static io.tuopin.nlp.support.Pipelines.find;
import static io.tuopin.nlp.support.Pipelines.regionOf;
import static io.tuopin.nlp.support.Pipelines.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.nlp.support.Pipelines;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which region a figure is about, for each shape of article the feed brings: a village story inside
 * a county story, a round-up with a section per county, a digest of unrelated counties, a township
 * report, the province's figures inside a county story, an interview, and figures that belong to no
 * region. Articles written for these tests: the places are real, the figures invented.
 */
class TopicAttributionTest {

    private static List<Observation> observe(String text) {
        return Pipelines.process(text).observations();
    }

    @Test
    void aVillageStoryInsideACountyStoryKeepsItsFiguresUntilTheParagraphEnds() {
        List<Observation> obs = observe("""
                会宁县脱贫攻坚纪实
                会宁县位于甘肃省中部，全县建档立卡贫困户由2014年的5.2万户减少到2019年底的1800户。
                黄土岭下的新塬村，曾是全县最穷的村子之一。全村320户1350人，其中贫困户126户。村民人均可支配收入从2015年的2800元增加到2019年的9100元。
                这几年，全县累计投入扶贫资金12亿元。
                """);
        assertEquals("新塬村", regionOf(obs, "total_population", "1350"));
        assertEquals("新塬村", regionOf(obs, "poor_households", "126"));
        assertEquals("新塬村", regionOf(obs, "per_capita_net_income", "9100"));
        assertEquals("会宁县", regionOf(obs, "investment", "1200000000"));
        assertEquals("会宁县", regionOf(obs, "remaining_poor_households", "1800"));
    }

    @Test
    void aRoundUpGivesEachCountyItsSection() {
        List<Observation> obs = observe("""
                定西市脱贫攻坚综述
                定西市地处甘肃中部，全市建档立卡贫困户2014年底为11.3万户。
                安定区：产业富民
                全区贫困发生率从2013年的28.6%下降到2019年的0.4%，累计减贫2.8万户。
                通渭县：搬出新天地
                全县易地扶贫搬迁4100户1.7万人。
                """);
        assertEquals("定西市", regionOf(obs, "poor_households", "113000"));
        assertEquals("安定区", regionOf(obs, "poverty_incidence", "0.4"));
        assertEquals("安定区", regionOf(obs, "lifted_households", "28000"));
        assertEquals("通渭县", regionOf(obs, "relocated_households", "4100"));
        assertEquals("通渭县", regionOf(obs, "relocated_population", "17000"));
    }

    @Test
    void aDigestOfUnrelatedCountiesTakesEachFromItsNumberedHeading() {
        List<Observation> obs = observe("""
                扶贫周刊 2019年第12期
                一、云南镇雄：易地搬迁稳得住
                全县累计搬迁安置贫困群众3.2万户14.1万人。
                二、河北阜平：食用菌撑起致富路
                全县食用菌种植面积达到1.8万亩，带动贫困群众就业6200人。
                """);
        assertEquals("镇雄县", regionOf(obs, "relocated_households", "32000"));
        assertEquals("阜平县", regionOf(obs, "employed_poor_labor", "6200"));
    }

    @Test
    void aDigestOfUnrelatedCountiesTakesEachFromTheTagLeadingItsParagraph() {
        List<Observation> obs = observe("""
                一周扶贫动态（第8期）
                【云南镇雄】镇雄县近日通过脱贫摘帽评估。该县2014年有贫困人口4.1万户，截至去年底累计脱贫3.9万户。
                【河北阜平】阜平县今年新建扶贫车间35个，全县吸纳贫困劳动力就业1900人。
                """);
        assertEquals("镇雄县", regionOf(obs, "poor_households", "41000"));
        assertEquals("镇雄县", regionOf(obs, "lifted_households", "39000"));
        assertEquals("阜平县", regionOf(obs, "employed_poor_labor", "1900"));
    }

    @Test
    void respectivelyGivesEachListedCountyItsFigureAcrossTheIndicatorBetween() {
        List<Observation> obs = observe("""
                黄冈市三县脱贫摘帽
                英山县、罗田县、麻城市贫困发生率分别降至0.5%、0.6%、0.7%。
                """);
        assertEquals("英山县", regionOf(obs, "poverty_incidence", "0.5"));
        assertEquals("罗田县", regionOf(obs, "poverty_incidence", "0.6"));
        assertEquals("麻城市", regionOf(obs, "poverty_incidence", "0.7"));
    }

    @Test
    void aFigureOfCountedCountiesBelongsToNone() {
        List<Observation> obs = observe("""
                黄冈市三县脱贫摘帽
                三县市2014年共有建档立卡贫困人口30.5万人。黄冈市全市贫困人口2014年为90.1万人。
                """);
        assertTrue(find(obs, "poor_population", "305000").isEmpty(), summary(obs));
        assertEquals("黄冈市", regionOf(obs, "poor_population", "901000"));
    }

    @Test
    void itemsNumberedWithCircledDigitsTakeTheirLeadingCounty() {
        List<Observation> obs = observe("""
                湘西州脱贫攻坚工作通报
                各县市主要指标如下：
                ①花垣县：建档立卡贫困人口8.1万人；
                ②保靖县：建档立卡贫困人口7.2万人，贫困村120个。
                """);
        assertEquals("花垣县", regionOf(obs, "poor_population", "81000"));
        assertEquals("保靖县", regionOf(obs, "poor_population", "72000"));
        assertEquals("保靖县", regionOf(obs, "poor_villages", "120"));
    }

    @Test
    void aTownshipReportSpeaksOfTheTownshipThroughItsAnaphors() {
        List<Observation> obs = observe("""
                渭源县秦祁乡：在山梁上啃硬骨头
                秦祁乡是渭源县最偏远的乡镇。全乡共有2348户9907人，2018年全乡减贫213户881人。
                """);
        assertEquals("秦祁乡", regionOf(obs, "total_population", "9907"));
        assertEquals("秦祁乡", regionOf(obs, "lifted_population", "881"));
    }

    @Test
    void theProvinceAndANeighbourInsideACountyStoryKeepTheirOwnFigures() {
        List<Observation> obs = observe("""
                会宁县：脱贫路上不停步
                2019年，会宁县贫困发生率降至0.8%。
                邻县通渭县的变化同样明显。全县贫困发生率降至1.1%。
                会宁的变化，是甘肃脱贫攻坚的一个缩影。全省贫困发生率降至0.9%。
                """);
        assertEquals("会宁县", regionOf(obs, "poverty_incidence", "0.8"));
        assertEquals("通渭县", regionOf(obs, "poverty_incidence", "1.1"));
        assertEquals("甘肃省", regionOf(obs, "poverty_incidence", "0.9"));
    }

    @Test
    void anInterviewersQuestionSetsTheTopicOfTheAnswer() {
        List<Observation> obs = observe("""
                访会宁县扶贫办负责人
                记者：会宁的贫困底数怎么样？
                答：全县建档立卡贫困人口一度有18.6万人。
                记者：全省的情况怎样？
                答：全省贫困人口减少到17.5万人。
                """);
        assertEquals("会宁县", regionOf(obs, "poor_population", "186000"));
        assertEquals("甘肃省", regionOf(obs, "remaining_poor_population", "175000"));
    }

    @Test
    void theCountrysTotalsAndGroupsOfCountiesBelongToNoRegion() {
        List<Observation> obs = observe("""
                会宁县脱贫攻坚工作汇报
                会宁县贫困人口减少到1800人。放眼全国，去年末农村贫困人口已减少到551万人。
                全省23个深度贫困县的12.6万户贫困户全部脱贫。
                """);
        assertTrue(find(obs, "remaining_poor_population", "5510000").isEmpty(), summary(obs));
        assertTrue(obs.stream().noneMatch(o -> o.value().intValue() == 126_000 && o.region() != null), summary(obs));
        assertEquals("会宁县", regionOf(obs, "remaining_poor_population", "1800"));
    }

    @Test
    void aDonorsMoneyIsTheRecipientsInvestment() {
        List<Observation> obs = observe("""
                会宁县东西部扶贫协作纪实
                会宁县地处甘肃中部。三年来天津市累计投入帮扶资金8000万元，援建产业项目20个。
                """);
        assertEquals("会宁县", regionOf(obs, "investment", "80000000"));
    }

    @Test
    void aVillageNamedLaterWithoutItsSuffixIsStillTheVillage() {
        List<Observation> obs = observe("""
                会宁县：一个村的十年
                会宁县新塬村位于黄土塬上。
                2017年，新塬开始整村提升改造，全村人口由搬迁前的544人增加到1395人。
                """);
        assertEquals("新塬村", regionOf(obs, "total_population", "1395"));
    }

    @Test
    void aFigureAfterAListOfVillagesCountsThemForTheirTownship() {
        List<Observation> obs = observe("""
                会宁县河畔镇：搬出大山
                河畔镇地处会宁县北部，全镇只有新塬村和红光村两个行政村。
                """);
        assertEquals("河畔镇", regionOf(obs, "admin_villages", "2"));
    }
}
