package io.tuopin.nlp.entity;

import io.tuopin.nlp.domain.ClauseMarks;
import io.tuopin.nlp.pattern.BitTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sentences HanLP's person and organisation recognisers need to see at all. Segmenting with
 * both recognisers is most of the entity stage's time, and most sentences of a report can yield
 * neither: the filters accept a person only with a surname first and a cue around it
 * ({@link PersonFilter}), and an organisation only with a suffix ({@link OrganizationFilter}). This
 * check asks the same of the raw sentence, cheaply: a surname with a cue before it, or a surname
 * with a cue three characters on (a three-character name); or any organisation suffix. It is a
 * necessary condition of what the filters accept, and each sentence is segmented on its own, so
 * skipping the other sentences changes no result. Stateless and thread-safe.
 */
final class EntityCues {
    private static final boolean[] SURNAME = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] CUE_BEFORE_LAST = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] CUE_AFTER_FIRST = new boolean[Character.MAX_VALUE + 1];
    /** The last characters of organisation suffixes: a bit, asked at every character before the table below. */
    private static final BitTable SUFFIX_LAST = BitTable.ofChars();
    /** Organisation suffixes by their last character (a table, not a map: asked at every character). */
    private static final String[][] SUFFIXES_BY_LAST = new String[Character.MAX_VALUE + 1][];
    private static final int NAME = 3;
    /** What PersonFilter accepts after a surname: ideographs, not one of its excluded characters. */
    private static final boolean[] GIVEN = new boolean[Character.MAX_VALUE + 1];

    static {
        PersonFilter.SURNAMES.chars().forEach(c -> SURNAME[c] = true);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            GIVEN[c] = Character.isIdeographic(c) && PersonFilter.NOT_GIVEN.indexOf(c) < 0;
        }
        PersonFilter.CUES_BEFORE.forEach(w -> CUE_BEFORE_LAST[w.charAt(w.length() - 1)] = true);
        PersonFilter.CUES_AFTER.forEach(w -> CUE_AFTER_FIRST[w.charAt(0)] = true);
        Map<Character, List<String>> byLast = new HashMap<>();
        for (String s : OrganizationFilter.SUFFIX.split("\\|")) {
            byLast.computeIfAbsent(s.charAt(s.length() - 1), k -> new java.util.ArrayList<>()).add(s);
        }
        byLast.forEach((c, list) -> {
            SUFFIXES_BY_LAST[c] = list.toArray(String[]::new);
            SUFFIX_LAST.set(c);
        });
    }

    private EntityCues() {
    }

    /** A stretch of text for HanLP; {@code organization} when it holds an organisation suffix. */
    record Clause(int start, int end, boolean organization) {
    }

    /**
     * The clauses of the sentence [start, end) that may hold a person or an organisation the filters
     * would keep, in order, neighbours merged. A clause ends at a comma, enumeration comma,
     * semicolon, colon or sentence mark; HanLP's choices hardly ever reach across one, and a name
     * never does.
     */
    static List<Clause> clauses(String text, int start, int end) {
        List<Clause> out = new java.util.ArrayList<>();
        int clause = start;
        boolean person = false;
        boolean organization = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            organization = organization || endsSuffix(text, clause, i);
            person = person || SURNAME[c] && i + 2 <= end && personCue(text, i, end);
            if (ClauseMarks.endsClause(c) || i + 1 == end) {
                if (person || organization) {
                    Clause last = out.isEmpty() ? null : out.get(out.size() - 1);
                    if (last != null && last.end() == clause) {
                        out.set(out.size() - 1, new Clause(last.start(), i + 1, last.organization() || organization));
                    } else {
                        out.add(new Clause(clause, i + 1, organization));
                    }
                }
                clause = i + 1;
                person = false;
                organization = false;
            }
        }
        return out;
    }

    /** Whether an organisation suffix ends at {@code i}, starting no earlier than {@code from}. */
    private static boolean endsSuffix(String text, int from, int i) {
        char last = text.charAt(i);
        if (!SUFFIX_LAST.get(last)) {
            return false;
        }
        for (String s : SUFFIXES_BY_LAST[last]) {
            int at = i + 1 - s.length();
            if (at >= from && text.startsWith(s, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name the filter keeps has a surname at i, given-name characters it accepts after it, and a
     * cue before it, or a cue after it when it has three characters.
     */
    private static boolean personCue(String text, int i, int end) {
        if (!GIVEN[text.charAt(i + 1)]) {
            return false;
        }
        return cueBefore(text, i) || i + NAME <= end && GIVEN[text.charAt(i + 2)] && cueAfter(text, i + NAME);
    }

    /** Whether [start, end) of the text may hold a person or an organisation the filters would keep. */
    static boolean mayHoldEntity(String text, int start, int end) {
        return mayHoldOrganization(text, start, end) || mayHoldPerson(text, start, end);
    }

    static boolean mayHoldOrganization(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (endsSuffix(text, start, i)) {
                return true;
            }
        }
        return false;
    }

    static boolean mayHoldPerson(String text, int start, int end) {
        for (int i = start; i + 2 <= end; i++) {
            if (SURNAME[text.charAt(i)] && personCue(text, i, end)) {
                return true;
            }
        }
        return false;
    }

    /** The filter's own cue test on the same context, after a cheap look at the nearest character. */
    private static boolean cueBefore(String text, int at) {
        int j = at - 1;
        while (j >= 0 && at - j <= PersonFilter.CONTEXT && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= 0 && CUE_BEFORE_LAST[text.charAt(j)]
                && PersonFilter.hasCueBefore(text.substring(Math.max(0, at - PersonFilter.CONTEXT), at));
    }

    private static boolean cueAfter(String text, int at) {
        return at < text.length() && CUE_AFTER_FIRST[text.charAt(at)]
                && PersonFilter.hasCueAfter(text.substring(at, Math.min(text.length(), at + PersonFilter.CONTEXT)));
    }
}
