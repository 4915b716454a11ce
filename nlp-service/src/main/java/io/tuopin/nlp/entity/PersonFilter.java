package io.tuopin.nlp.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.tuopin.nlp.pattern.RegexChars;
import java.util.List;

/**
 * Decides whether a name HanLP proposes (or a cue pattern finds) is a person: a common surname
 * first, two to four Han characters, and a cue around it (贫困户X, 记者 X, X说, X今年) unless the name
 * has three characters and no cue contradicts it.
 */
final class PersonFilter {
    static final String SURNAMES = "王李张刘陈习杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
            + "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管"
            + "柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    /** Characters of context either side of a name that the cues are looked for in. */
    static final int CONTEXT = 6;
    static final List<String> CUES_BEFORE = List.of("贫困户", "脱贫户", "村民", "农民", "群众", "医生", "书记", "主任", "记者", "队长",
            "村长", "镇长", "乡长", "县长", "市长", "区长", "局长", "老人", "大爷", "大妈", "社员", "工人", "负责人", "厂长", "经理",
            "董事长", "总书记", "同志", "队员", "主播");
    static final List<String> CUES_AFTER = List.of("说", "表示", "介绍", "告诉", "回忆", "高兴", "今年", "总书记", "笑着", "坦言", "激动",
            "感慨", "指出", "强调", "同志", "书记", "家", "一家", "对", "从", "正在", "在", "是", "的家", "老人", "，", "。", "、", ")", "）");
    private static final String[] CUES_BEFORE_ARRAY = CUES_BEFORE.toArray(String[]::new);
    private static final String[] CUES_AFTER_ARRAY = CUES_AFTER.toArray(String[]::new);
    /** Characters no given name holds (县, 的, 户, 万 …): a surname before one starts no name. */
    static final String NOT_GIVEN = "县市区镇乡村省州的了是在和与及等个名人户亩元件余万千百年月日之不有无也都就将把被";

    boolean isPerson(String name, String before, String after) {
        if (name.length() < 2 || name.length() > 4 || SURNAMES.indexOf(name.charAt(0)) < 0) {
            return false;
        }
        if (!allIdeographic(name) || hasNotGiven(name)) {
            return false;
        }
        boolean cueBefore = hasCueBefore(before);
        boolean cueAfter = hasCueAfter(after);
        if (cueBefore && cueAfter) {
            return true;
        }
        return (cueBefore || cueAfter && name.length() == 3) && !startsWithWord(name);
    }

    /** Both cues around a name, as the cue pattern requires. */
    boolean isCuedBothSides(String name, String before, String after) {
        return isPerson(name, before, after) && hasCueBefore(before) && hasCueAfter(after);
    }

    /**
     * Whether the context before a name ends in a cue, spaces after it allowed: what the regex
     * {@code (贫困户|…)\s*$} finds, whose {@code $} also stands before a final line terminator.
     */
    static boolean hasCueBefore(String before) {
        int end = before.length();
        if (end > 0 && isLineTerminatorOutsideSpace(before.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && RegexChars.isSpace(before.charAt(end - 1))) {
            end--;
        }
        for (String cue : CUES_BEFORE_ARRAY) {
            if (end >= cue.length() && before.startsWith(cue, end - cue.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the context after a name starts with a cue. */
    static boolean hasCueAfter(String after) {
        for (String cue : CUES_AFTER_ARRAY) {
            if (after.startsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    /** A line terminator before which a regex {@code $} matches that {@code \s} does not cover. */
    private static boolean isLineTerminatorOutsideSpace(char c) {
        return RegexChars.isLineTerminator(c) && !RegexChars.isSpace(c);
    }

    static boolean allIdeographic(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isIdeographic(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character after the first is one no given name holds. */
    static boolean hasNotGiven(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (NOT_GIVEN.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 全额代 (全额代缴): surname and first given character form a common word. */
    private static boolean startsWithWord(String name) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(name.substring(0, 2));
        return attribute != null && java.util.Arrays.stream(attribute.nature).noneMatch(n -> n.startsWith("nr"));
    }
}
