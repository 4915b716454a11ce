package io.tuopin.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.nlp.support.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The entity stage's loops against the regexes they replaced, on random texts and a few named ones. */
class EntityRegexReplacementTest {
    private static final Pattern CUE_BEFORE = Pattern.compile("(" + String.join("|", PersonFilter.CUES_BEFORE) + ")\\s*$");
    private static final Pattern CUE_AFTER = Pattern.compile(
            "^(" + String.join("|", PersonFilter.CUES_AFTER.stream().map(Pattern::quote).toList()) + ")");
    private static final Pattern NOT_GIVEN_NAME = Pattern.compile("[" + PersonFilter.NOT_GIVEN + "]");
    private static final Pattern CUED_PERSON = Pattern.compile("\\s*([" + PersonFilter.SURNAMES + "]\\p{IsHan}{1,2})");
    private static final Pattern REGION_ORG = Pattern.compile(
            "^[^的了在和与凭借成立对将把被向为是及等，。、\\s\\d]{0,6}?(?:" + OrganizationFilter.SUFFIX + ")");
    private static final Pattern ENDING = Pattern.compile("^(\\p{IsHan}{2,18}?(?:" + OrganizationFilter.SUFFIX + "))");
    private static final Pattern EXACT = Pattern.compile("^\\p{IsHan}{0,18}(?:" + OrganizationFilter.SUFFIX + ")$");

    /** Cue words, suffixes and single characters: their parts, neighbours, spaces, line ends, digits, ASCII, surrogates. */
    private static final List<String> TOKENS = tokens();
    private static final int ROUNDS = 20_000;

    @Test
    void cueBeforeAsTheRegex() {
        Random random = new Random(11);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 5);
            assertEquals(CUE_BEFORE.matcher(s).find(), PersonFilter.hasCueBefore(s), s);
        }
        assertTrue(PersonFilter.hasCueBefore("贫困户 "));
        assertTrue(PersonFilter.hasCueBefore("的记者 \u2028"));
        assertFalse(PersonFilter.hasCueBefore("记者\u2028 "));
        assertFalse(PersonFilter.hasCueBefore("记者们"));
    }

    @Test
    void cueAfterAsTheRegex() {
        Random random = new Random(12);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 4);
            assertEquals(CUE_AFTER.matcher(s).find(), PersonFilter.hasCueAfter(s), s);
        }
        assertTrue(PersonFilter.hasCueAfter("今年62岁"));
        assertFalse(PersonFilter.hasCueAfter(" 说"));
    }

    @Test
    void nameCharactersAsTheRegexAndStream() {
        Random random = new Random(13);
        for (int round = 0; round < ROUNDS; round++) {
            String name = randomText(random, 3);
            if (!name.isEmpty()) {
                assertEquals(NOT_GIVEN_NAME.matcher(name.substring(1)).find(), PersonFilter.hasNotGiven(name), name);
            }
            assertEquals(name.chars().allMatch(Character::isIdeographic), PersonFilter.allIdeographic(name), name);
        }
        assertTrue(PersonFilter.hasNotGiven("王家村"));
        assertFalse(PersonFilter.hasNotGiven("县长王"));
    }

    @Test
    void cuedNameAsTheRegex() {
        Random random = new Random(14);
        for (int round = 0; round < ROUNDS / 4; round++) {
            String text = randomText(random, 12);
            for (int at = 0; at <= text.length(); at++) {
                Matcher m = CUED_PERSON.matcher(text).region(at, text.length());
                String expected = m.lookingAt() ? m.start(1) + ".." + m.end(1) : "none";
                int start = HanlpEntityRecognizer.skipRegexSpaces(text, at);
                int end = HanlpEntityRecognizer.cuedNameEnd(text, start);
                assertEquals(expected, end < 0 ? "none" : start + ".." + end, text + " @" + at);
            }
        }
        assertEquals(7, HanlpEntityRecognizer.cuedNameEnd("贫困户 季春龙今年", 4));
        assertEquals(-1, HanlpEntityRecognizer.cuedNameEnd("贫困户季", 3));
    }

    @Test
    void regionOrganizationAsTheRegex() {
        Random random = new Random(15);
        for (int round = 0; round < ROUNDS / 4; round++) {
            String text = randomText(random, 12);
            for (int from = 0; from <= text.length(); from++) {
                Matcher m = REGION_ORG.matcher(text.substring(from, Math.min(text.length(), from + 16)));
                int expected = m.lookingAt() ? from + m.end() : -1;
                assertEquals(expected, HanlpEntityRecognizer.regionOrganizationEnd(text, from), text + " @" + from);
            }
        }
        String text = "皋兰县扶贫开发办公室";
        assertEquals(text.length(), HanlpEntityRecognizer.regionOrganizationEnd(text, 3));
        assertEquals(-1, HanlpEntityRecognizer.regionOrganizationEnd("汾西县的扶贫办", 3));
    }

    @Test
    void organizationFilterAsTheRegexes() {
        Random random = new Random(16);
        OrganizationFilter filter = new OrganizationFilter();
        for (int round = 0; round < ROUNDS; round++) {
            String candidate = randomText(random, 10);
            assertEquals(acceptByRegex(candidate), filter.accept(candidate), candidate);
        }
        assertEquals("中国农业银行", filter.accept("中国农业银行"));
        assertEquals("山西某某有限公司", filter.accept("山西某某有限公司生产车间1"));
        assertEquals(null, filter.accept("人口14109户"));
    }

    private static String acceptByRegex(String candidate) {
        if (EXACT.matcher(candidate).matches()) {
            return candidate.length() >= 3 ? candidate : null;
        }
        Matcher m = ENDING.matcher(candidate);
        String best = m.find() ? m.group(1) : null;
        return best != null && best.length() >= 4 && best.chars().allMatch(Character::isIdeographic) ? best : null;
    }

    private static String randomText(Random random, int maxTokens) {
        return RandomTexts.of(random, TOKENS, maxTokens);
    }

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>(PersonFilter.CUES_BEFORE);
        tokens.addAll(PersonFilter.CUES_AFTER);
        tokens.addAll(List.of(OrganizationFilter.SUFFIX.split("\\|")));
        String singles = "王李张季春龙县村的了在和与凭借成立对将把被向为是及等，。、户记者说今公司局厅办院委会社"
                + "々〇⺀ａA9 \t\n\u000B\f\r\u0085\u2028\u2029\u3000";
        singles.chars().forEach(c -> tokens.add(String.valueOf((char) c)));
        tokens.addAll(List.of("0", "5", "x", "\uD840\uDC00", "\uD840", "\uDC00", "\uD83D\uDE00"));
        return tokens;
    }
}
