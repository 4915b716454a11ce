package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into clauses at commas, semicolons, colons and sentence ends. */
final class Clauses {
    private static final String BOUNDARIES = "，,；;：:。！？!?\n";

    private Clauses() {
    }

    static boolean isBoundary(char c) {
        return BOUNDARIES.indexOf(c) >= 0;
    }

    /** 12,680名: a comma between digits groups thousands, it ends no clause. */
    static boolean isDigitGrouping(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 3 < text.length()
                && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                && Character.isDigit(text.charAt(i + 3)) && (i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 4)));
    }

    static List<Span> split(String text, Span sentence) {
        List<Span> clauses = new ArrayList<>();
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (isBoundary(text.charAt(i)) && !isDigitGrouping(text, i)) {
                if (i > start) {
                    clauses.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        if (start < sentence.end()) {
            clauses.add(new Span(start, sentence.end()));
        }
        return clauses;
    }
}
