package io.tuopin.nlp.text;

import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.List;

/** Paragraphs are the lines of the cleaned text; sentences end after 。！？ (and closing quotes) or at the line end. */
final class SentenceSplitter {
    private static final String CLOSERS = "”’」』）)》";

    List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                out.add(new Span(start, end));
            }
            start = end + 1;
        }
        return out;
    }

    List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs(text)) {
            int start = p.start();
            int i = p.start();
            while (i < p.end()) {
                char c = text.charAt(i++);
                boolean end = Chars.SENTENCE_END.indexOf(c) >= 0 || c == '…' && i < p.end() && text.charAt(i) == '…';
                if (end) {
                    while (i < p.end() && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Chars.SENTENCE_END.indexOf(text.charAt(i)) >= 0
                            || text.charAt(i) == '…')) {
                        i++;
                    }
                    out.add(new Span(start, i));
                    start = i;
                }
            }
            if (start < p.end()) {
                out.add(new Span(start, p.end()));
            }
        }
        return out;
    }
}
