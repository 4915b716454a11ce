package io.tuopin.events.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void regionCodesHave6Or9Or12Digits() {
        assertTrue(Formats.isRegionCode("141034"));
        assertTrue(Formats.isRegionCode("141034100"));
        assertTrue(Formats.isRegionCode("620122105202"));
        assertFalse(Formats.isRegionCode("14103"));
        assertFalse(Formats.isRegionCode("1410341"));
        assertFalse(Formats.isRegionCode("6201221052011"));
        assertFalse(Formats.isRegionCode("abcdef"));
        assertFalse(Formats.isRegionCode(null));
    }

    @Test
    void articleIdsAndIndicators() {
        assertTrue(Formats.isArticleId("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        assertFalse(Formats.isArticleId("0F1E2D3C4B5A69788796A5B4C3D2E1F0"));
        assertFalse(Formats.isArticleId("not-an-id"));
        assertTrue(Formats.isIndicator("poverty_incidence"));
        assertFalse(Formats.isIndicator("Poor-Population"));
        assertFalse(Formats.isIndicator("x' OR '1'='1"));
        assertFalse(Formats.isIndicator("a".repeat(65)));
    }

    @Test
    void periodsHaveTheirFormAndRequestsAlsoARealDate() {
        assertTrue(Formats.isPeriod("2019-13"), "a record's period is checked for its form only");
        assertFalse(Formats.isRealPeriod("2019-13"));
        assertFalse(Formats.isRealPeriod("2019-02-30"));
        assertFalse(Formats.isRealPeriod("2019-00"));
        assertFalse(Formats.isRealPeriod("20190101"));
        assertTrue(Formats.isRealPeriod("2019"));
        assertTrue(Formats.isRealPeriod("2020-02-29"));
        assertTrue(Formats.isRealPeriod("2019-12"));
    }

    @Test
    void levels() {
        assertTrue(Formats.isLevel("village"));
        assertFalse(Formats.isLevel("city"));
        assertFalse(Formats.isLevel(null));
    }

    @Test
    void echoesAreShortQuotedAndInert() {
        assertEquals("\"?script?alert(1)?/script?\"", Formats.echo("<script>alert(1)</script>"));
        assertEquals("\"1? OR ?1?=?1\"", Formats.echo("1' OR '1'='1"));
        assertEquals("\"" + "a".repeat(40) + "…\"", Formats.echo("a".repeat(41)));
        assertEquals("\"a?b\"", Formats.echo("a\nb"));
        assertEquals("nothing", Formats.echo(null));
    }

    @Test
    void constraintsAdmitAnAbsentOrBlankValueAndCheckAnyOther() {
        assertTrue(new RegionCode.Validator().isValid(null, null));
        assertTrue(new RegionCode.Validator().isValid(" ", null));
        assertTrue(new RegionCode.Validator().isValid("141034", null));
        assertFalse(new RegionCode.Validator().isValid("14103", null));
        assertFalse(new ArticleId.Validator().isValid("not-an-id", null));
        assertTrue(new IndicatorKeys.Validator().isValid("poverty_incidence,poor_population", null));
        assertFalse(new IndicatorKeys.Validator().isValid("poverty_incidence,", null));
        assertFalse(new IndicatorKey.Validator().isValid("poverty_incidence,poor_population", null));
        assertFalse(new Period.Validator().isValid("2019-02-30", null));
        assertFalse(new RegionLevel.Validator().isValid("city", null));
    }
}
