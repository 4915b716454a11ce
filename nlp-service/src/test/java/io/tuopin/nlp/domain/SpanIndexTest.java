package io.tuopin.nlp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanIndexTest {
    private final SpanIndex index = SpanIndex.of(List.of(new Span(10, 14), new Span(2, 5), new Span(20, 30), new Span(22, 24)));

    @Test
    void findsAnOverlapWhateverTheOrderTheSpansCameIn() {
        assertTrue(index.overlaps(4, 6));
        assertTrue(index.overlaps(13, 15));
        assertTrue(index.overlaps(25, 26), "inside the long span, past the short one it holds");
        assertFalse(index.overlaps(5, 10), "touching is no overlap");
        assertFalse(index.overlaps(14, 20));
        assertFalse(index.overlaps(40, 50));
        assertFalse(SpanIndex.of(List.of()).overlaps(0, 100));
    }

    @Test
    void givesTheStartOfTheSpanAroundAPosition() {
        assertEquals(10, index.enclosingStart(12));
        assertEquals(22, index.enclosingStart(23), "the latest-starting span around it");
        assertEquals(20, index.enclosingStart(26));
        assertEquals(-1, index.enclosingStart(10), "a span's own start is not inside it");
        assertEquals(-1, index.enclosingStart(16));
    }

    @Test
    void findsAnUnreliableSpanByBinarySearch() {
        CleanedArticle article = new CleanedArticle(null, null, null, null, null, "simplified", "x".repeat(40), "",
                new int[41], List.of(), List.of(), List.of(new Span(2, 5), new Span(10, 14), new Span(20, 30)),
                List.of());
        assertTrue(article.isUnreliable(13, 16));
        assertTrue(article.isUnreliable(0, 3));
        assertFalse(article.isUnreliable(5, 10));
        assertFalse(article.isUnreliable(30, 40));
    }
}
