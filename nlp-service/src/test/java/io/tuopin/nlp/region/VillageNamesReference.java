package io.tuopin.nlp.region;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link VillageNames} as it was before its speed change, where that change replaced regular
 * expressions (the name's shape, the counts, the words never inside a name) and a stream by loops:
 * the reference for {@link VillageNamesAgreeWithReferenceTest}.
 */
final class VillageNamesReference {
    /** Han characters before 村 (塔尔开其克村); names longer than {@link #SHORT_BODY} need a clear start. */
    static final int MAX_BODY = 8;
    static final int SHORT_BODY = 4;
    /** Longest candidate: eight Han characters, three digits, 村. */
    static final int MAX_LENGTH = MAX_BODY + 4;
    private static final Pattern NAME = Pattern.compile("(\\p{IsHan}{2," + MAX_BODY + "})(\\d{1,3})?村");
    private static final Set<String> GENERIC = Set.of(
            "农村", "乡村", "山村", "村村", "新村", "行政村", "自然村", "贫困村", "脱贫村", "出列村", "示范村", "重点村",
            "非贫困村", "深度贫困村", "受灾村", "帮扶村", "空心村", "边缘村", "中心村", "试点村", "移民新村", "美丽乡村",
            "城中村", "空壳村", "薄弱村", "后进村", "先进村", "样板村", "小康村", "明星村", "文明村", "旅游村", "特色村",
            "专业村", "典型村", "模范村", "督战村", "搬迁村", "合并村", "卫生村", "生态村", "老区村", "边境村", "民族村",
            "第一村", "整村");
    /** 村民, 村级, 村庄, 村干部, 村屯 ...: the 村 starts another word. */
    private static final String WORD_AFTER = "民级庄干委组集务容落里内情部支医道社镇屯寨貌风规史边";
    /** 村两委: the village's two committees (but 藏曲村两个行政村 ends a name). */
    private static final List<String> WORDS_AFTER = List.of("两委");
    /** Particles, prepositions, a 和 joining two names, and the verbs of the genre never stand inside a name. */
    private static final Pattern NOT_A_NAME_INSIDE = Pattern.compile(
            "[了的着过都受在与及或驻到以村]|.和.|许多|发展|扶贫|帮扶|指导|强化|选派|开展|解决|参加|建制");
    /** Also the particles and prepositions that almost no listed village starts with (从甘沟村: 甘沟村). */
    private static final String BAD_FIRST = "该本全各每我驻到进入个几贫非村镇乡县区市省之所从在把被是了的与及给使此这往";
    /** 十八洞村, 三合村, 五一村 are names; 三个村, 另有两个村, 一些村, 二十村, 三村, 百企帮百村 are counts. */
    private static final Pattern COUNTED = Pattern.compile(
            "[一二两三四五六七八九十几百千万]+[个些批座所]|^[一二两三四五六七八九十]+[类级片半般次]"
            + "|^(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])村$|[百千万]村$");
    private static final int MIN_DIGIT_BODY = 3;

    private VillageNamesReference() {
    }

    /** Whether a word ending in 村 can be a village name. */
    static boolean isPlausible(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches() || isGeneric(name) || endsWithGeneric(name) || name.endsWith("新村")) {
            return false;
        }
        String body = m.group(1);
        if (m.group(2) != null && body.length() < MIN_DIGIT_BODY) {
            return false;
        }
        return BAD_FIRST.indexOf(body.charAt(0)) < 0 && !COUNTED.matcher(name).find()
                && !NOT_A_NAME_INSIDE.matcher(body).find() && !startsWithFunctionWord(body)
                && !CommonWords.isPronounOrVerb(name.substring(name.length() - 2))
                && (body.length() <= SHORT_BODY || !hasVerbInside(body)) && !looksGarbled(body);
    }

    /** Undecodable bytes read as Han characters (钬滈粌鍦熼亣姘村): mostly characters no dictionary knows. */
    private static boolean looksGarbled(String body) {
        return body.length() >= SHORT_BODY && 2 * CommonWords.unseenCharacters(body) > body.length();
    }

    /**
     * Where the name starts in a long candidate that opens with a description: 大山深处李家沟村 is
     * 李家沟村 after words of the dictionary; 0 when the candidate is the name.
     */
    static int nameStart(String candidate) {
        if (!isLong(candidate)) {
            return 0;
        }
        for (int k = 2; k <= candidate.length() - 3; k++) {
            String rest = candidate.substring(k);
            if (!isLong(rest) && isPlausible(rest) && CommonWords.isWords(candidate.substring(0, k))) {
                return k;
            }
        }
        return 0;
    }

    /** A name longer than most, or numbered: found only where its start is clear. */
    static boolean isLong(String name) {
        Matcher m = NAME.matcher(name);
        return m.matches() && (m.group(1).length() > SHORT_BODY || m.group(2) != null);
    }

    /** Words that a village of the list may be called but that texts use in general (中心村, 民族村). */
    static boolean isGeneric(String name) {
        return GENERIC.contains(name) || COUNTED.matcher(name).find();
    }

    static boolean isCount(String name) {
        return COUNTED.matcher(name).find();
    }

    /** 村民, 村级 ...: the 村 at i starts another word. */
    static boolean isWordAfter(String text, int i) {
        return i + 1 < text.length() && (WORD_AFTER.indexOf(text.charAt(i + 1)) >= 0
                || WORDS_AFTER.stream().anyMatch(w -> text.startsWith(w, i + 1)));
    }

    /** 青山村 is a name, 实现农村 and 全县深度贫困村 are not. */
    private static boolean endsWithGeneric(String name) {
        for (String generic : GENERIC) {
            if (!generic.equals("山村") && name.endsWith(generic)) {
                return true;
            }
        }
        return false;
    }

    /** A long name holds no verb or function word (张成德夫妇办起全村 is a clause, 塔尔开其克村 a name). */
    private static boolean hasVerbInside(String body) {
        for (int start = 0; start < body.length() - 1; start++) {
            for (int length = 2; length <= 3 && start + length <= body.length(); length++) {
                if (CommonWords.isVerbOrFunctionWord(body.substring(start, start + length))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * 其中村屯, 目前全村, 大多数村: a function or quantity word opens the phrase; 反映赤溪村: a verb
     * with an object (建设村, 前进村 are names).
     */
    private static boolean startsWithFunctionWord(String body) {
        for (int length = 2; length <= Math.min(3, body.length()); length++) {
            String word = body.substring(0, length);
            if (CommonWords.isFunctionWord(word) || CommonWords.isQuantityWord(word)
                    || length < body.length() && CommonWords.isVerbOrFunctionWord(word)) {
                return true;
            }
        }
        return false;
    }
}
