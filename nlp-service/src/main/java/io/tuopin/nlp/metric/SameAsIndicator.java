package io.tuopin.nlp.metric;

import io.tuopin.nlp.number.RecognizedQuantity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 120个行政村都是贫困村: a figure that the text says is also another indicator. */
final class SameAsIndicator {
    private static final Pattern SAME_AS = Pattern.compile("^[^，。；,;]{0,6}?(?:都是|均为|全是|全部是|全部为|均是|皆为)");
    private static final int CUE_REACH = 8;

    private final IndicatorCatalogue catalogue;

    SameAsIndicator(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The other indicator the clause names for the figure after 都是/均为, or null. */
    Indicator of(CueIndex cues, RecognizedQuantity q, int clauseEnd, Indicator first) {
        int from = endOfCueAfter(cues, first, q.end(), clauseEnd);
        Matcher m = SAME_AS.matcher(cues.text()).region(from, clauseEnd);
        if (!m.lookingAt()) {
            return null;
        }
        for (Indicator other : catalogue.accepting(q.unit())) {
            if (other == first || other.isFallback()) {
                continue;
            }
            List<CuePhrases.Occurrence> named = other.cues().find(cues, m.end(), Math.min(clauseEnd, m.end() + CUE_REACH),
                    other.ignore());
            if (named.stream().anyMatch(o -> o.start() == m.end())) {
                return other;
            }
        }
        return null;
    }

    private static int endOfCueAfter(CueIndex cues, Indicator indicator, int from, int to) {
        return indicator.cues().find(cues, from, to, indicator.ignore()).stream()
                .filter(o -> o.start() - from <= 2).mapToInt(CuePhrases.Occurrence::end).min().orElse(from);
    }
}
