package io.tuopin.nlp.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.pattern.Words;
import io.tuopin.nlp.support.RandomTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The document stage's word-list tests against the regexes and streams they replaced, on random texts and named ones. */
class DocumentRegexReplacementTest {
    private static final Pattern RELATIONAL_BEFORE = Pattern.compile(
            "(?:与|和|同|向|对|为|给|帮扶|对口|协作|赴|到|来自|比|及|跟|联合|支援|援助|占|离|距|访问|走访|比较)$");
    private static final Pattern ACTOR_AFTER = Pattern.compile(
            "^(?:援|籍|企业|集团|公司|银行|日报|晚报|电视|广播|大学|学院|客商|商会|农商|农信|移动|电信|联通|交投|国投)");
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?:截至|截止|至|到|在|从|自|于)?[\\d年月日底末初上下半中旬季度第一二三四今去前明当同本\\s至到—\\-－、]*$");
    private static final Pattern FRAME_BEFORE = Pattern.compile("^(?:放眼|纵观|从|就|在|看|回看|聚焦)?$");
    private static final Pattern FRAME_AFTER = Pattern.compile("^(?:看|来看|而言|范围内|层面|情况|的情况)?$");
    private static final Pattern SKETCH_AFTER = Pattern.compile("^[^。！？]{0,20}?(?:缩影|写照)");
    private static final Pattern SKETCH_BEFORE = Pattern.compile("是[^，。；]{0,10}$");
    private static final Pattern SCENE_BEFORE = Pattern.compile("(?:发生在|来到|走进|转到|转向)$");
    private static final List<String> ADVERBIAL_ENDINGS = List.of(
            "以来", "之后", "以后", "后", "期间", "之时", "时", "之初", "伊始", "下来", "显示", "表明", "介绍", "透露", "获悉", "了解到", "报道");
    private static final List<String> TOKENS = tokens();
    private static final int ROUNDS = 20_000;

    @Test
    void wordsBeforeTheEndAsTheRegexes() {
        Random random = new Random(21);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 5);
            assertEquals(RELATIONAL_BEFORE.matcher(s).find(), Words.endsWithAny(s, TopicPosition.RELATIONAL_BEFORE), s);
            assertEquals(SCENE_BEFORE.matcher(s).find(), Words.endsWithAny(s, TopicPosition.SCENE_BEFORE), s);
            assertEquals(SKETCH_BEFORE.matcher(s).find(), TopicPosition.isSketchBefore(s), s);
        }
        assertTrue(Words.endsWithAny("帮扶\r\n", TopicPosition.RELATIONAL_BEFORE));
        assertTrue(Words.endsWithAny("来到\u2028", TopicPosition.SCENE_BEFORE));
        assertFalse(Words.endsWithAny("来到\n\n", TopicPosition.SCENE_BEFORE));
        assertTrue(TopicPosition.isSketchBefore("这里是脱贫攻坚的"));
        assertFalse(TopicPosition.isSketchBefore("是，"));
    }

    @Test
    void wordsAtTheStartAsTheRegexes() {
        Random random = new Random(22);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 16);
            assertEquals(ACTOR_AFTER.matcher(s).find(), Words.startsWithAny(s, TopicPosition.ACTOR_AFTER), s);
            assertEquals(SKETCH_AFTER.matcher(s).find(), TopicPosition.isSketchAfter(s), s);
        }
        assertTrue(TopicPosition.isSketchAfter("脱贫攻坚的一个缩影"));
        assertFalse(TopicPosition.isSketchAfter("脱贫。一个缩影"));
    }

    @Test
    void wholeClausesAsTheRegexes() {
        Random random = new Random(23);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 4);
            assertEquals(DATE_ONLY.matcher(s).matches(), TopicPosition.isDateOnly(s), s);
            assertEquals(FRAME_BEFORE.matcher(s).matches(), Words.isEmptyOrOneOf(s, TopicPosition.FRAME_BEFORE), s);
            assertEquals(FRAME_AFTER.matcher(s).matches(), Words.isEmptyOrOneOf(s, TopicPosition.FRAME_AFTER), s);
        }
        assertTrue(TopicPosition.isDateOnly("截至2019年底"));
        assertTrue(TopicPosition.isDateOnly("到—到"));
        assertFalse(TopicPosition.isDateOnly("截至2019年底，全县"));
    }

    @Test
    void adverbialAsTheStream() {
        Random random = new Random(24);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 4);
            boolean expected = List.of("答", "问", "记者", "近年来", "近几年", "近年", "如今", "目前", "当前", "现在", "眼下", "同时", "此外",
                    "另外", "与此同时").contains(s) || s.startsWith("据") || ADVERBIAL_ENDINGS.stream().anyMatch(s::endsWith);
            assertEquals(expected, TopicPosition.isAdverbial(s), s);
        }
        assertTrue(TopicPosition.isAdverbial("脱贫攻坚开展以来"));
    }

    @Test
    void outlineOpeningsAsTheRegexes() {
        Random random = new Random(25);
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(random, 4);
            assertEquals(OutlineReader.QUESTION.matcher(s).find(), OutlineReader.opens(s, "记问主", OutlineReader.QUESTION), s);
            assertEquals(OutlineReader.ANSWER.matcher(s).find(), OutlineReader.opens(s, "答", OutlineReader.ANSWER), s);
            assertEquals(OutlineReader.TOP_NUMBER.matcher(s).find(),
                    OutlineReader.opens(s, "一二三四五六七八九十第", OutlineReader.TOP_NUMBER), s);
            assertEquals(OutlineReader.SUB_NUMBER.matcher(s).find(), OutlineReader.opens(s, "（(", OutlineReader.SUB_NUMBER), s);
            assertEquals(OutlineReader.DIGIT_NUMBER.matcher(s).find(),
                    OutlineReader.opens(s, "0123456789", OutlineReader.DIGIT_NUMBER), s);
        }
        assertTrue(OutlineReader.opens("（三）产业扶贫", "（(", OutlineReader.SUB_NUMBER));
    }

    @Test
    void isWithinAsTheStreamOverTheChain() {
        List<RegionInfo> regions = List.of(
                new RegionInfo("620000", "甘肃省", "province", null, List.of()),
                new RegionInfo("620100", "兰州市", "prefecture", "620000", List.of()),
                new RegionInfo("620122", "皋兰县", "county", "620100", List.of()),
                new RegionInfo("620122001", "石洞镇", "township", "620122", List.of()),
                new RegionInfo("140000", "山西省", "province", null, List.of()),
                new RegionInfo("999", "环", "county", "998", List.of()),
                new RegionInfo("998", "环", "county", "999", List.of()));
        RegionTree tree = new RegionTree(new RegionAnalysis(null, List.of(), regions));
        List<RegionInfo> probes = new ArrayList<>(regions);
        probes.add(new RegionInfo("620100", "兰州市", "prefecture", "620000", List.of()));
        probes.add(null);
        for (RegionInfo inner : regions) {
            for (RegionInfo outer : probes) {
                boolean expected = tree.chain(inner).stream().anyMatch(r -> Objects.equals(r, outer));
                assertEquals(expected, tree.isWithin(inner, outer), inner + " in " + outer);
            }
        }
        assertTrue(tree.isWithin(regions.get(3), regions.get(0)));
        assertFalse(tree.isWithin(regions.get(0), regions.get(3)));
    }

    private static String randomText(Random random, int maxTokens) {
        return RandomTexts.of(random, TOKENS, maxTokens);
    }

    private static List<String> tokens() {
        List<String> tokens = new ArrayList<>(List.of(TopicPosition.RELATIONAL_BEFORE));
        tokens.addAll(List.of(TopicPosition.ACTOR_AFTER));
        tokens.addAll(List.of(TopicPosition.SCENE_BEFORE));
        tokens.addAll(List.of(TopicPosition.FRAME_BEFORE));
        tokens.addAll(List.of(TopicPosition.FRAME_AFTER));
        tokens.addAll(List.of(TopicPosition.DATE_OPENERS));
        tokens.addAll(ADVERBIAL_ENDINGS);
        tokens.addAll(List.of("缩影", "写照", "记者：", "问:", "主持人：", "答：", "二、", "第三章", "（一）", "(十一)", "12、", "3.5", "一二三四"));
        String singles = "是缩写影照，。；！？、年月日底末初上下半中旬季度第一二三四今去前明当同本至到—-－据县市"
                + "记问主答：:（()）十.．0129aZ \t\n\u000B\f\r\u0085\u2028\u2029\u3000";
        singles.chars().forEach(c -> tokens.add(String.valueOf((char) c)));
        tokens.addAll(RandomTexts.hanWordsOf(List.of(RELATIONAL_BEFORE, ACTOR_AFTER, DATE_ONLY, FRAME_BEFORE, FRAME_AFTER, SKETCH_AFTER, SKETCH_BEFORE, SCENE_BEFORE)));
        tokens.addAll(List.of("\r\n", "\uD840\uDC00", "\uD840", "\uDC00"));
        return tokens;
    }
}
