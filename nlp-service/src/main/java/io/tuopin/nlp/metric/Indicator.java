package io.tuopin.nlp.metric;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of the indicator catalogue ({@code indicators.tsv}).
 *
 * @param cues     a match in the figure's clause says the figure is this indicator
 * @param blockers a match in the clause before the figure rules this indicator out (null: none)
 */
public record Indicator(String key, String kind, int priority, Set<String> units, Pattern cues, Pattern blockers,
                        String meaning) {

    public boolean accepts(String unit) {
        return units.contains(unit);
    }

    public boolean isFallback() {
        return ".".equals(cues.pattern());
    }
}
