package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2020-10-15|2020-10-15",
            "2020-10-15T08:30:00+08:00|2020-10-15",
            "2020-10-15T08:30:00Z|2020-10-15",
            "2020-10-15T08:30:00|2020-10-15",
            "Thu, 15 Oct 2020 08:30:00 +0800|2020-10-15",
            "Thu, 15 Oct 2020 08:30:00 GMT|2020-10-15",
            "15 Oct 2020 08:30 +0800|2020-10-15",
            "2020/10/15|2020-10-15",
            "  2020-10-15 |2020-10-15"})
    void readsTheDatesSendersAndFeedsUse(String given, String expected) {
        assertEquals(Optional.of(expected), PublishedDates.toIsoDate(given));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2020-13-01", "2020-02-30", "去年十月", "15/10/2020"})
    void rejectsWhatIsNotADate(String given) {
        assertEquals(Optional.empty(), PublishedDates.toIsoDate(given));
    }
}
