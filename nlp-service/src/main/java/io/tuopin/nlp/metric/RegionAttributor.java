package io.tuopin.nlp.metric;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import java.util.regex.Pattern;

/**
 * The region a figure is about: a region named in its clause before it (not as the object of
 * 与/对/向/为/帮扶…); else the nearest mention earlier in the sentence that heads its clause
 * (汾西县位于临汾市北部,辖… counts for 汾西县, not 临汾市); else the article's subject region.
 */
final class RegionAttributor {
    private static final Pattern RELATIONAL_BEFORE = Pattern.compile(
            "(?:与|和|同|向|对|为|给|帮扶|对口|协作|赴|到|位于|来自|比|及|跟|联合|支援|援助)$");
    private static final Pattern HEAD_PREFIX = Pattern.compile("^[\\d０-９年月日底末初至截止到在据全其中共累计目前今去前当\\s]*$");

    record Attribution(RegionInfo region, boolean inferred) {
    }

    private RegionAttributor() {
    }

    static Attribution attribute(String text, RegionAnalysis regions, int sentenceStart, int clauseStart,
                                 int figureStart) {
        RegionMention inClause = null;
        RegionMention heading = null;
        for (RegionMention m : regions.mentions()) {
            if (m.region() == null || m.end() > figureStart || m.start() < sentenceStart) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 4), m.start());
            if (m.start() >= clauseStart && !RELATIONAL_BEFORE.matcher(before).find()) {
                inClause = m;
            } else if (m.start() < clauseStart && (headsClause(text, m) || (heading != null && heading.end() == m.start()))) {
                heading = m;
            }
        }
        if (inClause != null) {
            return new Attribution(inClause.region(), false);
        }
        if (heading != null) {
            return new Attribution(heading.region(), false);
        }
        return new Attribution(regions.subject(), true);
    }

    private static boolean headsClause(String text, RegionMention m) {
        int start = m.start();
        while (start > 0 && !Clauses.isBoundary(text.charAt(start - 1))) {
            start--;
        }
        return HEAD_PREFIX.matcher(text.substring(start, m.start())).matches();
    }
}
