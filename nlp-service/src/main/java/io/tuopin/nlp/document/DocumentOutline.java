package io.tuopin.nlp.document;

import java.util.List;

/** The blocks of an article in text order: its headline, headings, paragraphs, list items and interview turns. */
public record DocumentOutline(List<Block> blocks) {

    /** The block holding this offset of the cleaned text, or null between blocks. */
    public Block at(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Block b = blocks.get(mid);
            if (offset < b.span().start()) {
                hi = mid - 1;
            } else if (offset >= b.span().end()) {
                lo = mid + 1;
            } else {
                return b;
            }
        }
        return null;
    }
}
