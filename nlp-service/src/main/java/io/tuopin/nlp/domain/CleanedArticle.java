package io.tuopin.nlp.domain;

import io.tuopin.nlp.time.WrittenDate;
import java.util.List;

/**
 * An article after decoding, HTML stripping, noise repair and conversion to simplified script.
 *
 * @param script      script of the input: {@code simplified} or {@code traditional}
 * @param text        the cleaned, simplified text; all offsets of later stages index it
 * @param original    the decoded input as received (HTML included)
 * @param sourceIndex for each index i of {@code text} (and i == text.length()), the index in
 *                    {@code original} it came from; so a span [s, e) of text is
 *                    [sourceIndex[s], sourceIndex[e]) of the original... for e use {@link #sourceEnd}
 * @param sentences   sentence spans, in order, covering the text without overlap
 * @param paragraphs  paragraph spans
 * @param unreliable  spans whose characters could not be repaired (mojibake), sorted and disjoint: read no figure there
 * @param dates       every written date of {@code text}, in text order, found once for the entity and metric stages
 */
public record CleanedArticle(
        String title,
        String publishedAt,
        String source,
        String author,
        String url,
        String script,
        String text,
        String original,
        int[] sourceIndex,
        List<Span> sentences,
        List<Span> paragraphs,
        List<Span> unreliable,
        List<WrittenDate> dates) {

    public int sourceStart(int cleanedStart) {
        return sourceIndex[cleanedStart];
    }

    /** Source offset just after the character at cleanedEnd - 1. */
    public int sourceEnd(int cleanedEnd) {
        if (cleanedEnd == 0) {
            return sourceIndex[0];
        }
        return sourceIndex[cleanedEnd - 1] + 1;
    }

    /** Binary search over the spans (sorted and disjoint), so that asking for every figure stays n log n. */
    public boolean isUnreliable(int start, int end) {
        int low = 0;
        int high = unreliable.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span s = unreliable.get(mid);
            if (s.end() <= start) {
                low = mid + 1;
            } else if (s.start() >= end) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
