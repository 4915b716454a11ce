package io.tuopin.nlp.document;

import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import java.util.List;
import java.util.NavigableMap;

/**
 * What each part of an article is about.
 *
 * @param outline  the article's blocks
 * @param focus    the scope in focus for each sentence, keyed by the sentence's start
 * @param mentions the regions named in the text (as the region stage found them) and the anaphors
 *                 resolved against the focus where they stand, in text order; an anaphor that
 *                 resolves to no region is left out
 * @param national where the text speaks of the whole country (全国, 我国, 放眼全国 …), in text order
 * @param tree     the regions the article references, for walks up the hierarchy
 */
public record DocumentTopics(DocumentOutline outline, NavigableMap<Integer, Scope> focus,
                             List<RegionMention> mentions, List<Span> national, RegionTree tree) {

    /** The scope in focus at this offset (the focus of its sentence). */
    public Scope focusAt(int offset) {
        var entry = focus.floorEntry(offset);
        return entry == null ? Scope.NONE : entry.getValue();
    }

    /** Whether the text between start and end speaks of the whole country. */
    public boolean isNational(int start, int end) {
        int i = Positions.firstAtOrAfter(national, start, Span::start);
        return i < national.size() && national.get(i).end() <= end;
    }
}
