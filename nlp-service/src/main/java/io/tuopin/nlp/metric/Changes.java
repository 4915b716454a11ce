package io.tuopin.nlp.metric;

import io.tuopin.nlp.time.DateFinder;
import java.util.regex.Pattern;

/**
 * Change statements: 从32.4%下降到0.4%, 由14453户减少到1833户, 从2013年的2518元提高到2020年的8624元.
 * The first figure is the baseline, the second the result; a result that a decrease reaches
 * (减少到, 降至) is what remains.
 */
final class Changes {
    private static final String YEAR = "(?:" + DateFinder.YEAR_PHRASE + "|评估时|目前|现在|当前|如今)";
    private static final String ADVERBS = "(?:已经|已|又|再|进一步|逐步|一路|大幅|持续|分别|累计|共|仅|只)*";
    private static final String VERBS = "(?:下降|降低|减少|减|降|增加|增长|提高|提升|上升|上涨|攀升|跃升|增|升|涨)";
    /** What stands between the two figures of a change. */
    private static final Pattern LINK = Pattern.compile(
            ADVERBS + VERBS + "?(?:到|至|为)了?(?:" + YEAR + "的?)?");
    /** A decrease that reaches the figure after it: what remains. */
    private static final Pattern DECREASE_TO = Pattern.compile(
            "(?:下降|降低|减少|减|降)(?:到|至|为)了?(?:" + YEAR + "的?)?(?:约|近|不足|仅)?$");

    private Changes() {
    }

    static boolean isLink(String gap) {
        return LINK.matcher(gap).matches();
    }

    /** Whether the text just before a figure says a decrease reaches it (…减少到2731人). */
    static boolean decreasesTo(String before) {
        return DECREASE_TO.matcher(before).find();
    }
}
