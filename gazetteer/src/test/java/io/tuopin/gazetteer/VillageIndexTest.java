package io.tuopin.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compact index on a small list written for this test, in the shipped file's format. */
class VillageIndexTest {
    private static final String LIST = """
            # a township's code on its own line, then NNN<TAB>name for each of its villages
            141034100
            201\t涧底村
            620122105
            201\t彬草村
            202\t长川村
            620122106
            201\t长川村
            """;

    private static VillageIndex index(String text) throws IOException {
        return VillageIndex.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsAVillageByItsCode() throws IOException {
        VillageIndex index = index(LIST);
        assertEquals(4, index.size());
        assertEquals(Optional.of(new Village("620122105202", "长川村")), index.byCode("620122105202"));
        assertEquals("620122105", index.byCode("620122105202").orElseThrow().townshipCode());
        assertTrue(index.byCode("620122105299").isEmpty());
        assertTrue(index.byCode("62012210520x").isEmpty());
        assertTrue(index.byCode("620122").isEmpty());
    }

    @Test
    void listsTheVillagesUnderAPrefixInCodeOrder() throws IOException {
        VillageIndex index = index(LIST);
        assertEquals(List.of("141034100201"), index.within("141034").stream().map(Village::code).toList());
        assertEquals(List.of("620122105201", "620122105202", "620122106201"),
                index.within("620122").stream().map(Village::code).toList());
        assertEquals(3, index.countWithin("62"));
        assertEquals(0, index.countWithin("630000"));
        assertEquals(0, index.countWithin("6201x"));
    }

    @Test
    void findsANameUnderItsTownshipOrCounty() throws IOException {
        VillageIndex index = index(LIST);
        assertEquals(List.of("620122105202", "620122106201"),
                index.named("长川村", "620122").stream().map(Village::code).toList());
        assertEquals(List.of("620122106201"), index.named("长川村", "620122106").stream().map(Village::code).toList());
        assertTrue(index.named("长川", "620122").isEmpty(), "whole names only");
        assertTrue(index.named("涧底村", "620122").isEmpty());
    }

    @Test
    void aSizeLineAndAnyUtf8NameReadAlike() throws IOException {
        VillageIndex sized = index("# size 4 12\n" + LIST.replace("涧底村", "𠀋底村"));
        assertEquals(4, sized.size());
        assertEquals("𠀋底村", sized.byCode("141034100201").orElseThrow().name(), "a character beyond the BMP");
        assertEquals("长川村", sized.byCode("620122106201").orElseThrow().name());
    }

    @Test
    void refusesMalformedUtf8() {
        byte[] bytes = "620122105\n201\t彬".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        assertThrows(IOException.class, () -> VillageIndex.read(new ByteArrayInputStream(cut)));
    }

    @Test
    void refusesAListOutOfOrderOrWithoutTownship() {
        assertThrows(IOException.class, () -> index("620122105\n202\t长川村\n201\t彬草村\n"));
        assertThrows(IOException.class, () -> index("201\t彬草村\n"));
        assertThrows(IOException.class, () -> index("62012210\n201\t彬草村\n"));
        assertThrows(IOException.class, () -> index("620122105\n201\t\n"));
    }
}
