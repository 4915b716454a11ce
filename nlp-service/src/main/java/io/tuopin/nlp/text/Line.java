package io.tuopin.nlp.text;

import java.util.ArrayList;
import java.util.List;

/** A line [start, end) of a MappedText (end excludes the line break). */
record Line(int start, int end, String text) {

    static List<Line> of(MappedText mapped) {
        List<Line> lines = new ArrayList<>();
        String text = mapped.text();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new Line(start, end, text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
