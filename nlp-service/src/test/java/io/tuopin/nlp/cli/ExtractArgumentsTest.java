package io.tuopin.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bin/extract [--region CODE_OR_NAME] FILE_OR_DIR...}: the region is resolved like ingest resolves it. */
class ExtractArgumentsTest {

    @Test
    void filesAloneHaveNoHint() {
        ExtractCommand.Arguments a = ExtractCommand.Arguments.parse(new String[] {"a.txt", "docs"});
        assertNull(a.regionHint());
        assertEquals(List.of("a.txt", "docs"), a.paths());
    }

    @Test
    void aRegionByNameOrCodeBecomesItsCode() {
        assertEquals("141034", ExtractCommand.Arguments.parse(new String[] {"--region", "汾西县", "a.txt"}).regionHint());
        ExtractCommand.Arguments byCode = ExtractCommand.Arguments.parse(new String[] {"a.txt", "--region", "620122105201"});
        assertEquals("620122105201", byCode.regionHint());
        assertEquals(List.of("a.txt"), byCode.paths());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExtractCommand.Arguments.parse(new String[] {"a.txt", "--region"})).getMessage().contains("--region"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExtractCommand.Arguments.parse(new String[] {"--region", "永安镇", "a.txt"})).getMessage().contains("give the code"));
        assertThrows(IllegalArgumentException.class, () -> ExtractCommand.Arguments.parse(new String[] {"--region", "141034"}));
    }
}
