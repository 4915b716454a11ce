package io.tuopin.metrics.messaging;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.EventJson;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.metrics.service.KnownRegionCodes;
import io.tuopin.metrics.support.TestEvents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks on village codes and unknown regions, on records built for this test. */
class EventDecoderTest {
    /** The township 620122105 is known (so its villages' 12-digit codes are), and its county. */
    private final EventDecoder decoder = new EventDecoder(new KnownRegionCodes(() -> List.of(
            new Object[] {"620122", "county", null}, new Object[] {"620122105", "township", null})),
            Duration.ofMinutes(5));
    private final String article = TestEvents.newArticleId();

    private ArticleMetrics metricsAbout(RegionRef region) {
        return TestEvents.metrics(article, TestEvents.T1, "2020-01-01", region,
                List.of(TestEvents.observation(article, region, "poor_households", "21", "household", "2019", "stock", 3)));
    }

    private static byte[] json(Object event) throws JsonProcessingException {
        return EventJson.mapper().writeValueAsBytes(event);
    }

    @Test
    void aVillageWithItsTwelveDigitCodeIsRead() {
        assertDoesNotThrow(() -> decoder.metrics(article, json(metricsAbout(new RegionRef("620122105201", "彬草村", "village")))));
    }

    @Test
    void aFigureOfAnUnknownRegionIsRead() throws JsonProcessingException {
        ArticleMetrics read = decoder.metrics(article, json(metricsAbout(null)));
        assertNull(read.metrics().get(0).region());
    }

    @Test
    void twelveDigitsForACountyOrNineForAVillageArePoison() {
        String reason = assertThrows(PoisonRecordException.class,
                () -> decoder.metrics(article, json(metricsAbout(new RegionRef("620122000000", "皋兰县", "county"))))).getMessage();
        assertTrue(reason.contains("12-digit code belongs to a village"), reason);
        assertThrows(PoisonRecordException.class,
                () -> decoder.metrics(article, json(metricsAbout(new RegionRef("620122105", "彬草村", "village")))));
        assertThrows(PoisonRecordException.class,
                () -> decoder.metrics(article, json(metricsAbout(new RegionRef("6201221052011", "彬草村", "village")))));
    }

    @Test
    void aVillageOfTheEntitiesRecordNeedsItsParentCodedOrNot() {
        RegionRef village = new RegionRef("620122105201", "彬草村", "village");
        ArticleEntities withoutParent = TestEvents.entities(article, TestEvents.T1, "彬草村", village,
                List.of(new RegionInfo("620122105201", "彬草村", "village", null, null)));
        String reason = assertThrows(PoisonRecordException.class, () -> decoder.entities(article, json(withoutParent))).getMessage();
        assertTrue(reason.contains("has no parentCode"), reason);
        ArticleEntities placed = TestEvents.entities(article, TestEvents.T1, "彬草村", village,
                List.of(new RegionInfo("620122105201", "彬草村", "village", "620122105", null)));
        assertDoesNotThrow(() -> decoder.entities(article, json(placed)));
    }
}
