package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.tuopin.nlp.region.RegionTexts.analyse;
import static io.tuopin.nlp.region.RegionTexts.mention;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests; places are real, events and figures invented. */
class GazetteerRegionRecognizerTest {

    @Test
    void sameTownshipNameResolvesUnderTheArticlesCounty() {
        RegionAnalysis fenxi = analyse("汾西县加快产业发展。汾西县永安镇新建大棚20个，全县受益农户300户。");
        assertEquals("141034100", mention(fenxi, "永安镇").region().code());
        RegionAnalysis hunyuan = analyse("浑源县加快产业发展。浑源县永安镇新建大棚20个。");
        assertEquals("140225100", mention(hunyuan, "永安镇").region().code());
        RegionAnalysis liuyang = analyse("浏阳市永安镇今年新建大棚20个，全市受益农户300户。");
        assertEquals("430181", liuyang.subject().code(), "county-level city");
        assertTrue(mention(liuyang, "永安镇").region().code().startsWith("430181"));
    }

    @Test
    void ambiguousTownshipWithoutContextIsNotGuessed() {
        RegionAnalysis r = analyse("永安镇新建大棚20个。");
        assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("永安镇")));
    }

    @Test
    void subjectIsTheRegionTheReportIsAboutWithItsChainToTheProvince() {
        RegionAnalysis r = analyse("汾西县脱贫攻坚综述\n汾西县位于临汾市北部。全县共有贫困户1200户，该县已全部脱贫。");
        assertEquals("141034", r.subject().code());
        assertEquals(List.of("汾西县", "临汾市", "山西省"), r.chain(r.subject()).stream().map(RegionInfo::name).toList());
    }

    @Test
    void prefectureSubjectWithItsDistrictsNamed() {
        RegionAnalysis r = analyse("张掖市推进乡村振兴\n张掖市甘州区、临泽县新建示范村5个。全市完成投资3亿元，张掖市将继续推进。");
        assertEquals("620700", r.subject().code());
        assertTrue(r.isWithin(r.byCode("620702"), r.subject()));
    }

    @Test
    void anaphoraResolveToTheSubjectOrItsFittingAncestor() {
        RegionAnalysis r = analyse("皋兰县扶贫工作\n皋兰县是我省的产粮大县。全县贫困户减少500户，成为全市第一个摘帽的县。");
        assertEquals("620122", mention(r, "全县").region().code());
        assertTrue(mention(r, "全县").anaphora());
        assertEquals("620100", mention(r, "全市").region().code());
        assertEquals("620000", mention(r, "我省").region().code());
    }

    @Test
    void districtAnaphoraFitsADistrictButCountyAnaphoraDoesNot() {
        RegionAnalysis r = analyse("广信区巩固脱贫成果\n广信区今年投入资金2亿元，全区贫困发生率降至0.3%。");
        assertEquals("361104", mention(r, "全区").region().code());
        RegionAnalysis county = analyse("安图县今年投入资金2亿元，全区贫困发生率降至0.3%。");
        assertTrue(county.mentions().stream().noneMatch(m -> m.text().equals("全区")));
    }

    @Test
    void formerNameResolvesToTheCurrentDivision() {
        RegionAnalysis r = analyse("上饶县今年新建扶贫车间10个，全县带动就业500人。");
        assertEquals("361104", r.subject().code());
        assertEquals("广信区", r.subject().name());
        assertEquals("上饶县", r.mentions().get(0).text());
    }

    @Test
    void villagesHangUnderTheirTownshipWithoutACode() {
        RegionAnalysis r = analyse("安图县明月镇青山村新建木耳大棚10个，青山村的贫困户全部脱贫。");
        List<RegionMention> villages = r.mentions().stream().filter(m -> m.region().level().equals("village")).toList();
        assertEquals(2, villages.size(), villages::toString);
        for (RegionMention v : villages) {
            assertNull(v.region().code());
            assertEquals("青山村", v.region().name());
            assertEquals("222426100", v.region().parentCode());
        }
    }

    @Test
    void hanlpFindsTheVillageWhereNoRuleSeesItsBoundary() {
        RegionAnalysis r = analyse("安图县大山深处李家沟村通了公路。");
        RegionMention village = mention(r, "李家沟村");
        assertEquals("village", village.region().level());
        assertEquals("222426", village.region().parentCode());
    }

    @Test
    void villageNamesMayBeginWithANumeralButCountsAreNotVillages() {
        RegionAnalysis r = analyse("安图县明月镇三合村新建木耳大棚10个，全镇另有两个村、一些村通了公路。");
        List<RegionMention> villages = r.mentions().stream().filter(m -> m.region().level().equals("village")).toList();
        assertEquals(List.of("三合村"), villages.stream().map(RegionMention::text).toList());
        assertEquals("222426100", villages.get(0).region().parentCode());
    }

    @Test
    void commonWordsEndingInVillageAreNotVillages() {
        RegionAnalysis r = analyse("安图县80个贫困村全部出列，驻村干部深入农村，帮扶村民发展产业，行政村全覆盖。");
        assertTrue(r.mentions().stream().noneMatch(m -> m.region().level().equals("village")), r.mentions()::toString);
    }

    @Test
    void shortNamesCountOnlyNearTheRegionAndNeverAsCommonWords() {
        RegionAnalysis r = analyse("安图之变\n安图县脱贫了，安图经验值得推广。");
        assertEquals(3, r.mentions().stream().filter(m -> "222426".equals(m.region().code())).count());
        RegionAnalysis peace = analyse("汾西县坚持和平发展，实现长治久安。");
        assertTrue(peace.mentions().stream().allMatch(m -> "141034".equals(m.region().code())), peace.mentions()::toString);
    }

    @Test
    void twoCharacterNamesInsideOtherWordsAreIgnored() {
        RegionAnalysis r = analyse("汾西县召开县级周例会，和县区干部一起研究，帮助1200户县城务工。");
        assertTrue(r.mentions().stream().noneMatch(m -> List.of("开县", "和县", "户县").contains(m.text())), r.mentions()::toString);
    }

    @Test
    void aTwoCharacterCountyRightAfterADateStandsAlone() {
        assertEquals("621022", analyse("2020年环县人民政府工作报告\n全县贫困人口3860人。").subject().code());
        assertEquals("621126", analyse("2019年底岷县贫困人口减少到4000人。").subject().code());
    }

    @Test
    void placeThatHanlpTakesForAPersonIsFound() {
        RegionAnalysis r = analyse("安图县今年投入资金1亿元。");
        assertEquals("222426", r.subject().code());
    }

    @Test
    void regionsHoldEveryMentionAndAllAncestorsOnce() {
        RegionAnalysis r = analyse("皋兰县水阜镇长川村修通道路5公里。");
        List<String> codes = r.regions().stream().map(RegionInfo::code).toList();
        assertEquals(List.of("620000", "620100", "620122", "620122105"), codes.subList(0, 4));
        assertEquals("village", r.regions().get(4).level());
        assertEquals(codes.size(), codes.stream().distinct().count());
        RegionInfo village = r.regions().get(4);
        assertEquals(List.of("长川村", "水阜镇", "皋兰县", "兰州市", "甘肃省"), r.chain(village).stream().map(RegionInfo::name).toList());
    }

    @Test
    void articleWithoutPlacesHasNoSubject() {
        RegionAnalysis r = analyse("今年全国脱贫攻坚取得决定性胜利。");
        assertNull(r.subject());
        assertFalse(r.mentions().stream().anyMatch(RegionMention::anaphora));
    }

    @Test
    void theSendersRegionIsTheSubjectWhenTheTextNamesNoPlace() {
        String text = "我县脱贫工作总结\n今年我县贫困户减少500户，全县贫困发生率降至0.5%。";
        assertNull(analyse(text).subject(), "no place and no hint: no subject");
        RegionAnalysis hinted = analyse(text, "141034");
        assertEquals("141034", hinted.subject().code());
        assertEquals("141034", mention(hinted, "全县").region().code());
        assertEquals(List.of("汾西县", "临汾市", "山西省"), hinted.chain(hinted.subject()).stream().map(RegionInfo::name).toList());
    }

    @Test
    void aPlaceTheTextNamesWinsOverTheHint() {
        assertEquals("620122", analyse("皋兰县今年贫困户减少500户。", "141034").subject().code());
    }

    @Test
    void villagesOfAHintedArticleGetTheirCodesUnderTheHint() {
        RegionAnalysis r = analyse("我县新安村今年新建大棚20个。", "141034");
        assertEquals("141034102201", mention(r, "新安村").region().code());
    }

    @Test
    void aVillageMayBeTheHint() {
        RegionAnalysis r = analyse("今年全村贫困户减少50户。", "620122105201");
        assertEquals("彬草村", r.subject().name());
        assertEquals("village", r.subject().level());
        assertEquals(List.of("彬草村", "水阜镇", "皋兰县", "兰州市", "甘肃省"), r.chain(r.subject()).stream().map(RegionInfo::name).toList());
    }

    @Test
    void anUnknownHintIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> analyse("今年贫困户减少50户。", "999999"));
    }
}
