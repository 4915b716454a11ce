package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.ingest.domain.BodyType;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmallHelpersTest {

    @Test
    void contentTypeHeaderIsSplitIntoMediaTypeAndCharset() {
        assertEquals("text/html", PageFetcher.mediaTypeOf("Text/HTML; charset=\"GB2312\""));
        assertEquals("GB2312", PageFetcher.charsetOf("Text/HTML; charset=\"GB2312\""));
        assertNull(PageFetcher.charsetOf("text/html"));
    }

    @Test
    void inboxTakesOnlyFinishedFiles() {
        assertTrue(InboxWatcher.isFinished(Path.of("inbox/报告.txt")));
        assertFalse(InboxWatcher.isFinished(Path.of("inbox/.报告.txt.swp")));
        assertFalse(InboxWatcher.isFinished(Path.of("inbox/报告.txt.part")));
        assertFalse(InboxWatcher.isFinished(Path.of("inbox/报告.tmp")));
    }

    @Test
    void bodyTypesByMediaTypeAndFileName() {
        assertEquals(Optional.of(BodyType.HTML), BodyType.ofMediaType("TEXT/HTML"));
        assertEquals(Optional.empty(), BodyType.ofMediaType("application/xml"));
        assertEquals(Optional.of(BodyType.HTML), BodyType.ofFileName("新闻.HTM"));
        assertEquals(Optional.of(BodyType.JSON), BodyType.ofFileName("a.json"));
        assertEquals(Optional.empty(), BodyType.ofFileName("a.pdf"));
    }
}
