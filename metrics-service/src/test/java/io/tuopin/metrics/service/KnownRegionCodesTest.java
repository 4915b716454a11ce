package io.tuopin.metrics.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownRegionCodesTest {
    private final KnownRegionCodes known = new KnownRegionCodes(() -> List.of(
            new Object[] {"361104", "county", "|上饶县|361121|广信|"},
            new Object[] {"141034", "county", null},
            new Object[] {"141034100", "township", null},
            new Object[] {null, "village", null}));

    @Test
    void currentAndFormerCodesAreKnown() {
        assertTrue(known.isKnown("361104"));
        assertTrue(known.isKnown("361121"), "a former code listed among the aliases");
        assertTrue(known.isKnown("141034100"));
        assertFalse(known.isKnown("998877"));
        assertFalse(known.isKnown("141034101"));
    }

    @Test
    void aVillageCodeIsKnownWhenItsTownshipIs() {
        assertTrue(known.isKnown("141034100201"));
        assertFalse(known.isKnown("141034101201"));
        assertFalse(known.isKnown("141034000201"), "a county code followed by zeros names no township");
    }
}
