package io.tuopin.nlp.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The region bars of issue 3 on the five real articles. */
class SeedRegionsTest {
    private static final HtmlArticleCleaner CLEANER = new HtmlArticleCleaner();
    private static final GazetteerRegionRecognizer RECOGNIZER = new GazetteerRegionRecognizer();

    /** Townships and villages each seed names, with the code of the county they lie in (our reading of the seeds). */
    private static final Map<String, Map<String, String>> PLACES = Map.of(
            "000", Map.of("水阜镇", "620122", "彬草村", "620122", "长川村", "620122"),
            "001", Map.of("永安镇", "141034", "涧底村", "141034"),
            "002", Map.of("明月镇", "222426", "福利村", "222426"),
            "003", Map.of("碱滩镇", "620702", "普家庄村", "620702"),
            "004", Map.of("尊桥乡", "361104", "煌固镇", "361104", "黄沙岭乡", "361104", "湖村乡", "361104",
                    "石人乡", "361104", "上泸镇", "361104", "西龙岗村", "361104", "苎圳村", "361104"));

    private static RegionAnalysis analyse(String seed) {
        CleanedArticle a = CLEANER.clean(new ArticleInput(seed, Seeds.read(seed), false, null, null, null, null));
        return RECOGNIZER.recognize(a);
    }

    @ParameterizedTest
    @CsvSource({
        "000, 620122, 皋兰县, 兰州市, 甘肃省",
        "001, 141034, 汾西县, 临汾市, 山西省",
        "002, 222426, 安图县, 延边朝鲜族自治州, 吉林省",
        "003, 620700, 张掖市, 甘肃省, ",
        "004, 361104, 广信区, 上饶市, 江西省"})
    void subjectRegionWithItsChainToTheProvince(String seed, String code, String name, String parent, String grandparent) {
        RegionAnalysis r = analyse(seed);
        assertNotNull(r.subject(), "no subject");
        assertEquals(code, r.subject().code());
        List<String> chain = r.chain(r.subject()).stream().map(RegionInfo::name).toList();
        List<String> expected = grandparent == null ? List.of(name, parent) : List.of(name, parent, grandparent);
        assertEquals(expected, chain);
        assertEquals("province", r.chain(r.subject()).get(chain.size() - 1).level());
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "002", "003", "004"})
    void everyTownAndVillageResolvesUnderItsCounty(String seed) {
        RegionAnalysis r = analyse(seed);
        for (Map.Entry<String, String> place : PLACES.get(seed).entrySet()) {
            RegionMention m = r.mentions().stream().filter(x -> x.text().equals(place.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError(place.getKey() + " not recognised in " + seed));
            RegionInfo county = r.byCode(place.getValue());
            assertNotNull(county, "county missing from regions");
            assertTrue(r.isWithin(m.region(), county), place.getKey() + " -> " + m.region());
            if (m.region().level().equals("township")) {
                assertEquals(9, m.region().code().length());
            } else {
                assertEquals("village", m.region().level());
                assertEquals(9, m.region().parentCode().length(), "village hangs under its township");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "002", "003", "004"})
    void anaphoraPointToTheSubjectOrItsAncestors(String seed) {
        RegionAnalysis r = analyse(seed);
        List<RegionMention> anaphora = r.mentions().stream().filter(RegionMention::anaphora).toList();
        assertTrue(!anaphora.isEmpty(), "every seed says 全县/全市/全区 or the like");
        for (RegionMention a : anaphora) {
            assertTrue(r.isWithin(r.subject(), a.region()), a.text() + " -> " + a.region().name());
        }
    }
}
