package io.tuopin.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionHierarchyTest {

    @ParameterizedTest
    @CsvSource({"140000,14", "141000,1410", "141034,141034", "110101,110101", "141034100,141034100", "419001,419001"})
    void significantPrefixFollowsTheCodeLevel(String code, String prefix) {
        assertEquals(prefix, RegionHierarchy.significantPrefix(code));
    }

    @ParameterizedTest
    @CsvSource({
        "140000,140000,true", "140000,141034,true", "140000,141034100,true", "140000,620702,false",
        "141000,141034,true", "141000,141034100,true", "141000,142301,false", "141000,140100,false",
        "141034,141034,true", "141034,141034100,true", "141034,141030,false",
        "141034100,141034100,true", "141034100,141034101,false", "141034100,141034,false",
        "620700,620702,true", "620700,620802,false"})
    void aRegionContainsItselfAndWhatLiesBelow(String ancestor, String region, boolean contained) {
        assertEquals(contained, RegionHierarchy.contains(ancestor, region));
    }

    @org.junit.jupiter.api.Test
    void aMissingCodeIsInNoRegion() {
        assertEquals(false, RegionHierarchy.contains("140000", null));
    }
}
