package io.tuopin.gazetteer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Guards the curated alias file: every rename points to a current division and names its new name. */
class GazetteerAliasesTest {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void everyAliasPointsToACurrentDivisionNamedInItsNote() {
        assertFalse(gazetteer.aliases().isEmpty());
        for (Alias alias : gazetteer.aliases()) {
            Region current = gazetteer.byCode(alias.currentCode()).orElseThrow();
            assertTrue(alias.note().contains(current.name()) || alias.oldName().equals(current.name()),
                    alias + " -> " + current.name());
            assertTrue(alias.year() >= 2010 && alias.year() <= 2025, alias::toString);
        }
    }

    @Test
    void formerCodesAreNoLongerCurrent() {
        for (Alias alias : gazetteer.aliases()) {
            Region byOldCode = gazetteer.byCode(alias.oldCode()).orElseThrow();
            assertTrue(byOldCode.code().equals(alias.currentCode()), alias + " old code still denotes " + byOldCode);
        }
    }

    @Test
    void aliasToUnknownCodeIsRejected() {
        var divisions = new ByteArrayInputStream("620000\t甘肃省\tprovince\t\n".getBytes(StandardCharsets.UTF_8));
        var aliases = new ByteArrayInputStream("某县\t629999\t629998\t2019\tnone\n".getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> new Gazetteer(divisions, aliases));
    }
}
