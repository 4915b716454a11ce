package io.tuopin.nlp.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.tuopin.events.Entity;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.Interruptions;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.domain.SpanIndex;
import io.tuopin.nlp.pattern.BitTable;
import io.tuopin.nlp.pattern.RegexChars;
import io.tuopin.nlp.time.WrittenDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Persons and organisations from HanLP's recognisers (name and organisation recognition on a
 * Viterbi segmenter), filtered against false positives; persons HanLP misses are found by cue
 * (贫困户季春龙今年); organisations named after a region (皋兰县扶贫开发办公室) by rule; dates as the
 * cleaner found them ({@link CleanedArticle#dates()}). Regions come from the RegionRecognizer and
 * are only used to reject overlaps.
 * The segmenter is configured once and only read afterwards, so this class is thread-safe.
 */
public final class HanlpEntityRecognizer implements EntityRecognizer {
    private static final int CONTEXT = PersonFilter.CONTEXT;
    /** Words right before a name that make it a person even when HanLP misses it (贫困户季春龙). */
    private static final List<String> PERSON_CUES = List.of("贫困户", "脱贫户", "村民", "农民", "医生", "书记", "主任", "记者", "队长",
            "村长", "镇长", "乡长", "县长", "局长", "老人", "负责人", "党员", "经理", "董事长");
    private static final boolean[] PERSON_CUE_LAST = new boolean[Character.MAX_VALUE + 1];

    static {
        PERSON_CUES.forEach(w -> PERSON_CUE_LAST[w.charAt(w.length() - 1)] = true);
    }
    /** What may stand between a county and an organisation suffix (besides \\s and ASCII digits). */
    private static final String NOT_IN_REGION_ORG = "的了在和与凭借成立对将把被向为是及等，。、";
    private static final int REGION_ORG_WINDOW = 16;
    private static final int REGION_ORG_GAP = 6;

    private final Segment personsAndOrganizations = HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enableOrganizationRecognize(true)
            .enablePlaceRecognize(false)
            .enableOffset(true);
    /** Organisation recognition costs two more Viterbi passes; a clause without a suffix does without. */
    private final Segment personsOnly = HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(false)
            .enableOrganizationRecognize(false)
            .enablePlaceRecognize(false)
            .enableOffset(true);
    private final PersonFilter persons = new PersonFilter();
    private final OrganizationFilter organizations = new OrganizationFilter();

    @Override
    public List<Entity> recognize(CleanedArticle article, RegionAnalysis regions) {
        String text = article.text();
        List<RegionMention> mentions = regions == null ? List.of() : regions.mentions();
        Places places = new Places(mentions);
        List<TextEntity> found = new ArrayList<>();
        for (Span sentence : article.sentences()) {
            Interruptions.check();
            for (EntityCues.Clause clause : EntityCues.clauses(text, sentence.start(), sentence.end())) {
                Segment segment = clause.organization() ? personsAndOrganizations : personsOnly;
                for (Term term : segment.seg(text.substring(clause.start(), clause.end()))) {
                    int start = clause.start() + term.offset;
                    addCandidate(found, text, term.nature.toString(), start, start + term.length(), places);
                }
            }
        }
        found.addAll(cuedPersons(text));
        found.addAll(regionOrganizations(text, mentions));
        found.addAll(repeatedPersons(text, found));
        found.addAll(dates(text, article.dates()));
        return toEntities(article, withoutOverlaps(found, places));
    }

    /** Dates as written, without a cue such as 截至 or 以来. */
    private static List<TextEntity> dates(String text, List<WrittenDate> dates) {
        return dates.stream()
                .map(d -> new TextEntity("date", d.dateStart(), d.dateEnd(), text.substring(d.dateStart(), d.dateEnd()), d.value()))
                .toList();
    }

    /** The article's region mentions, indexed: every mention, and the named ones (no anaphora). */
    private record Places(SpanIndex all, SpanIndex named) {
        Places(List<RegionMention> mentions) {
            this(SpanIndex.of(mentions, RegionMention::start, RegionMention::end),
                    SpanIndex.of(mentions.stream().filter(p -> !p.anaphora()).toList(), RegionMention::start, RegionMention::end));
        }
    }

    private void addCandidate(List<TextEntity> out, String text, String nature, int start, int end, Places places) {
        if (nature.startsWith("nr")) {
            String name = text.substring(start, end);
            if (persons.isPerson(name, before(text, start), after(text, end)) && !places.all().overlaps(start, end)) {
                out.add(new TextEntity("person", start, end, name, null));
            }
        } else if (nature.startsWith("nt")) {
            int from = extendToRegionStart(places, start);
            String name = organizations.accept(text.substring(from, end));
            if (name != null) {
                out.add(new TextEntity("organization", from, from + name.length(), name, null));
            }
        }
    }

    /** HanLP starts 兰县扶贫办 inside 皋兰县: the organisation begins where the region does. */
    private static int extendToRegionStart(Places places, int start) {
        int regionStart = places.named().enclosingStart(start);
        return regionStart >= 0 ? regionStart : start;
    }

    /**
     * A surname and one or two more Han characters after a cue, spaces between allowed: the name
     * the regex {@code \\s*([SURNAMES]\\p{IsHan}{1,2})} reads, looked for only where a cue ends (a
     * look-behind tried at every offset cost more than HanLP).
     */
    private List<TextEntity> cuedPersons(String text) {
        List<TextEntity> out = new ArrayList<>();
        for (int at = 1; at < text.length(); at++) {
            if (!PERSON_CUE_LAST[text.charAt(at - 1)] || !cueEndsAt(text, at)) {
                continue;
            }
            int start = skipRegexSpaces(text, at);
            int end = cuedNameEnd(text, start);
            if (end < 0) {
                continue;
            }
            at = end - 1;
            String name = text.substring(start, end);
            if (!persons.isCuedBothSides(name, before(text, start), after(text, end))) {
                name = name.substring(0, 2);
            }
            if (persons.isCuedBothSides(name, before(text, start), after(text, start + name.length()))) {
                out.add(new TextEntity("person", start, start + name.length(), name, null));
            }
        }
        return out;
    }

    /** The end of a surname and one or two Han code points at {@code start}, or -1. */
    static int cuedNameEnd(String text, int start) {
        if (start == text.length() || PersonFilter.SURNAMES.indexOf(text.charAt(start)) < 0) {
            return -1;
        }
        int end = hanAfter(text, hanAfter(text, start + 1));
        return end == start + 1 ? -1 : end;
    }

    static int skipRegexSpaces(String text, int at) {
        while (at < text.length() && RegexChars.isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** After the Han code point at {@code at}, or {@code at} when none stands there. */
    private static int hanAfter(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        int cp = text.codePointAt(at);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? at + Character.charCount(cp) : at;
    }

    private static boolean cueEndsAt(String text, int end) {
        for (String cue : PERSON_CUES) {
            if (end >= cue.length() && text.startsWith(cue, end - cue.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every other occurrence of a name already accepted as a person, found in one pass over the text
     * (one indexOf per distinct name would make a text with thousands of names quadratic).
     */
    private static List<TextEntity> repeatedPersons(String text, List<TextEntity> found) {
        Set<String> names = new HashSet<>();
        int longest = 0;
        BitTable firsts = BitTable.ofChars();
        for (TextEntity e : found) {
            if (e.type().equals("person") && names.add(e.text())) {
                longest = Math.max(longest, e.text().length());
                firsts.set(e.text().charAt(0));
            }
        }
        Map<String, Integer> lastEnd = new HashMap<>();
        List<TextEntity> out = new ArrayList<>();
        for (int i = 0; i < text.length() && !names.isEmpty(); i++) {
            if (!firsts.get(text.charAt(i))) {
                continue;
            }
            for (int length = 1; length <= longest && i + length <= text.length(); length++) {
                String name = text.substring(i, i + length);
                if (names.contains(name) && i >= lastEnd.getOrDefault(name, 0)) {
                    out.add(new TextEntity("person", i, i + length, name, null));
                    lastEnd.put(name, i + length);
                }
            }
        }
        return out;
    }

    /** 皋兰县扶贫开发办公室, 汾西县扶贫办: a county or prefecture named right before an organisation suffix. */
    private static List<TextEntity> regionOrganizations(String text, List<RegionMention> places) {
        List<TextEntity> out = new ArrayList<>();
        for (RegionMention p : places) {
            if (p.anaphora() || p.region().code() == null || p.region().code().length() != 6) {
                continue;
            }
            int end = regionOrganizationEnd(text, p.end());
            if (end >= 0) {
                out.add(new TextEntity("organization", p.start(), end, text.substring(p.start(), end), null));
            }
        }
        return out;
    }

    /**
     * Where a suffix ends that follows a region ending at {@code from}, at most six other code points
     * between (no particle, verb, punctuation, space or digit), all within 16 characters; -1 for
     * none. The nearest suffix wins, and at one offset the first in {@link OrganizationFilter#SUFFIX}
     * order, as the lazy regex {@code ^[^的了…\\s\\d]{0,6}?(?:SUFFIX)} chose.
     */
    static int regionOrganizationEnd(String text, int from) {
        int limit = Math.min(text.length(), from + REGION_ORG_WINDOW);
        int p = from;
        for (int gap = 0; ; gap++) {
            int suffix = OrganizationFilter.suffixAt(text, p, limit);
            if (suffix > 0) {
                return p + suffix;
            }
            if (gap == REGION_ORG_GAP || p >= limit) {
                return -1;
            }
            int cp = OrganizationFilter.codePointAt(text, p, limit);
            if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && !mayStandBeforeSuffix((char) cp)) {
                return -1;
            }
            p += Character.charCount(cp);
        }
    }

    private static boolean mayStandBeforeSuffix(char c) {
        return NOT_IN_REGION_ORG.indexOf(c) < 0 && !RegexChars.isSpace(c) && (c < '0' || c > '9');
    }

    /** Longest first; a person or date never overlaps a region; one entity per span. */
    private static List<TextEntity> withoutOverlaps(List<TextEntity> found, Places places) {
        List<TextEntity> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((TextEntity e) -> e.end() - e.start()).reversed().thenComparingInt(TextEntity::start));
        TreeMap<Integer, TextEntity> kept = new TreeMap<>();
        for (TextEntity e : sorted) {
            boolean clash = clashes(kept, e)
                    || !e.type().equals("organization") && places.all().overlaps(e.start(), e.end());
            if (!clash && e.end() > e.start()) {
                kept.put(e.start(), e);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /** Whether e overlaps an entity kept so far (those never overlap each other, so two neighbours decide). */
    private static boolean clashes(TreeMap<Integer, TextEntity> kept, TextEntity e) {
        Map.Entry<Integer, TextEntity> before = kept.floorEntry(e.start());
        Map.Entry<Integer, TextEntity> after = kept.ceilingEntry(e.start());
        return before != null && before.getValue().overlaps(e) || after != null && after.getValue().overlaps(e);
    }

    private static List<Entity> toEntities(CleanedArticle article, List<TextEntity> found) {
        return found.stream().map(e -> new Entity(e.type(), e.text(), e.start(), e.end(),
                article.sourceStart(e.start()), article.sourceEnd(e.end()), null, null, null, e.value())).toList();
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - CONTEXT), start);
    }

    private static String after(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + CONTEXT));
    }
}
