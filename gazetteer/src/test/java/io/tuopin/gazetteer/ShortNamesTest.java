package io.tuopin.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShortNamesTest {

    @Test
    void countyDropsItsSuffix() {
        assertEquals(List.of("汾西"), ShortNames.of("汾西县"));
        assertEquals(List.of("甘州"), ShortNames.of("甘州区"));
    }

    @Test
    void oneCharacterStemHasNoShortName() {
        assertTrue(ShortNames.of("古县").isEmpty());
    }

    @Test
    void autonomousPrefectureKeepsPlaceAndPlaceWithZhou() {
        assertEquals(List.of("恩施", "恩施州"), ShortNames.of("恩施土家族苗族自治州"));
        assertEquals(List.of("延边", "延边州"), ShortNames.of("延边朝鲜族自治州"));
        assertEquals(List.of("巴音郭楞", "巴音郭楞州"), ShortNames.of("巴音郭楞蒙古自治州"));
    }

    @Test
    void autonomousRegionsAndProvinces() {
        assertEquals(List.of("广西"), ShortNames.of("广西壮族自治区"));
        assertEquals(List.of("内蒙古"), ShortNames.of("内蒙古自治区"));
        assertEquals(List.of("新疆"), ShortNames.of("新疆维吾尔自治区"));
        assertEquals(List.of("宁夏"), ShortNames.of("宁夏回族自治区"));
        assertEquals(List.of("甘肃"), ShortNames.of("甘肃省"));
        assertEquals(List.of("黑龙江"), ShortNames.of("黑龙江省"));
    }

    @Test
    void autonomousCountyAndEthnicTownship() {
        assertEquals(List.of("肃南", "肃南县"), ShortNames.of("肃南裕固族自治县"));
        assertEquals(List.of("平山湖"), ShortNames.of("平山湖蒙古族乡"));
    }

    @Test
    void countiesOfManyPeoplesAndCountiesNamedAfterTheirPeople() {
        assertEquals(List.of("隆林", "隆林县"), ShortNames.of("隆林各族自治县"));
        assertEquals(List.of("东乡", "东乡县"), ShortNames.of("东乡族自治县"));
    }
}
