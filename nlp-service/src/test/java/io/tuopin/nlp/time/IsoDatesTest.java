package io.tuopin.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
    @Test
    void writesWhatTheFormatsWrote() {
        for (int year : new int[] {1949, 2000, 2019, 2035}) {
            for (int month = 1; month <= 12; month++) {
                assertEquals(String.format(Locale.ROOT, "%d-%02d", year, month), IsoDates.of(year, month));
                for (int day = 1; day <= 31; day++) {
                    assertEquals(String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day),
                            IsoDates.of(year, month, day));
                }
            }
        }
    }
}
