package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 分别: the k-th of the items named before the word (regions, years) takes the k-th figure after it,
 * or the k-th run of figures when each item has as many (甘州区、临泽县分别减贫1200人、800人;
 * 2015年至2018年分别减贫2.6万人、3.1万人、2.9万人、2.2万人).
 */
final class Respectively {
    private static final String MARKER = "分别";

    private Respectively() {
    }

    /** Where 分别 stands in the clause, or -1. */
    static int marker(String text, Span clause) {
        for (int i = clause.start(); i + MARKER.length() <= clause.end(); i++) {
            if (text.startsWith(MARKER, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Each item's figures in turn, keyed by the figure's start; empty when the counts do not fit. */
    static <T> Map<Integer, T> inTurn(List<T> items, List<Integer> figureStarts) {
        if (items.size() < 2 || figureStarts.isEmpty() || figureStarts.size() % items.size() != 0) {
            return Map.of();
        }
        int each = figureStarts.size() / items.size();
        Map<Integer, T> assigned = new HashMap<>();
        for (int i = 0; i < figureStarts.size(); i++) {
            assigned.put(figureStarts.get(i), items.get(i / each));
        }
        return assigned;
    }
}
