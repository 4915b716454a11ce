package io.tuopin.nlp.region;

import io.tuopin.nlp.pattern.FirstCharIndex;
import io.tuopin.nlp.pattern.RegexChars;
import io.tuopin.nlp.pattern.Words;
import java.util.List;
import java.util.Set;

/**
 * How village names are formed: two to eight Han characters, perhaps ending in a number
 * (塔合塔科瑞克15村, with three characters at least before it), then 村. Not a name: the common
 * words that end in 村 (行政村, 贫困村, 空壳村, 挂牌督战村, 整村), counts (三个村, 两村), phrases
 * that start with a function word (其中村屯, 目前全村), put a pronoun or verb before 村 (该村, 各村,
 * 包村) or hold a particle or, in a long one, a verb (张成德夫妇办起全村), and words whose 村
 * starts the next word (村民, 村级, 村屯).
 *
 * <p>The tests are plain character loops, not regular expressions: they run for every 村 of every
 * text, at up to eight starts each, and regex character classes are slow in unoptimised code.
 * {@code VillageNamesReference} in the tests keeps the expressions they replace.
 */
final class VillageNames {
    /** Han characters before 村 (塔尔开其克村); names longer than {@link #SHORT_BODY} need a clear start. */
    static final int MAX_BODY = 8;
    static final int SHORT_BODY = 4;
    /** Longest candidate: eight Han characters, three digits, 村. */
    static final int MAX_LENGTH = MAX_BODY + 4;
    private static final int MIN_BODY = 2;
    private static final int MAX_DIGITS = 3;
    private static final Set<String> GENERIC = Set.of(
            "农村", "乡村", "山村", "村村", "新村", "行政村", "自然村", "贫困村", "脱贫村", "出列村", "示范村", "重点村",
            "非贫困村", "深度贫困村", "受灾村", "帮扶村", "空心村", "边缘村", "中心村", "试点村", "移民新村", "美丽乡村",
            "城中村", "空壳村", "薄弱村", "后进村", "先进村", "样板村", "小康村", "明星村", "文明村", "旅游村", "特色村",
            "专业村", "典型村", "模范村", "督战村", "搬迁村", "合并村", "卫生村", "生态村", "老区村", "边境村", "民族村",
            "第一村", "整村");
    private static final int LONGEST_GENERIC = GENERIC.stream().mapToInt(String::length).max().orElseThrow();
    /** 村民, 村级, 村庄, 村干部, 村屯 ...: the 村 starts another word. */
    private static final String WORD_AFTER = "民级庄干委组集务容落里内情部支医道社镇屯寨貌风规史边";
    /** 村两委: the village's two committees (but 藏曲村两个行政村 ends a name). */
    private static final List<String> WORDS_AFTER = List.of("两委");
    /** Particles, prepositions, a 和 joining two names, and the verbs of the genre never stand inside a name. */
    private static final String NEVER_INSIDE = "了的着过都受在与及或驻到以村";
    private static final FirstCharIndex<String> WORDS_NEVER_INSIDE = new FirstCharIndex<>(
            List.of("许多", "发展", "扶贫", "帮扶", "指导", "强化", "选派", "开展", "解决", "参加", "建制"), w -> w, String[]::new);
    /** Also the particles and prepositions that almost no listed village starts with (从甘沟村: 甘沟村). */
    private static final String BAD_FIRST = "该本全各每我驻到进入个几贫非村镇乡县区市省之所从在把被是了的与及给使此这往";
    /*
     * 十八洞村, 三合村, 五一村 are names; 三个村, 另有两个村, 一些村, 二十村, 三村, 百企帮百村 are counts: a
     * numeral before a measure word anywhere, a numeral opening an order (三类村), a number of up to
     * 九十九 alone before 村, or 百, 千, 万 right before the final 村.
     */
    private static final String NUMERALS = "一二两三四五六七八九十几百千万";
    private static final String MEASURE_WORDS = "个些批座所";
    private static final String ORDER_NUMERALS = "一二两三四五六七八九十";
    private static final String ORDER_WORDS = "类级片半般次";
    private static final String UNITS = "一二两三四五六七八九";
    private static final String UNITS_AFTER_TEN = "一二三四五六七八九";
    private static final String ROUND_NUMBERS = "百千万";
    /** Most Han characters: the CJK Unified Ideographs of Unicode 1.1 (a range test before the script lookup). */
    private static final char COMMON_HAN_FIRST = '\u4e00';
    private static final char COMMON_HAN_LAST = '\u9fa5';
    private static final int MIN_DIGIT_BODY = 3;

    private VillageNames() {
    }

    /** Whether a word ending in 村 can be a village name. */
    static boolean isPlausible(String name) {
        int bodyEnd = bodyEnd(name);
        if (bodyEnd < 0 || isGeneric(name) || endsWithGeneric(name) || name.endsWith("新村")) {
            return false;
        }
        String body = name.substring(0, bodyEnd);
        if (isNumbered(name, bodyEnd) && body.length() < MIN_DIGIT_BODY) {
            return false;
        }
        return BAD_FIRST.indexOf(body.charAt(0)) < 0 && !hasNonNameInside(body) && !startsWithFunctionWord(body)
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
        int bodyEnd = bodyEnd(name);
        return bodyEnd >= 0 && (bodyEnd > SHORT_BODY || isNumbered(name, bodyEnd));
    }

    /**
     * Where the Han characters of a name's shape end (two to eight of them, then up to three digits
     * 0-9, then 村), or -1 for a word of another shape.
     */
    private static int bodyEnd(String name) {
        int last = name.length() - 1;
        if (last < 0 || name.charAt(last) != '村') {
            return -1;
        }
        int bodyEnd = last;
        while (bodyEnd > 0 && last - bodyEnd < MAX_DIGITS && isAsciiDigit(name.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        int hanCount = 0;
        for (int i = 0; i < bodyEnd; i += Character.charCount(name.codePointAt(i))) {
            if (!isHan(name.codePointAt(i))) {
                return -1;
            }
            hanCount++;
        }
        return hanCount >= MIN_BODY && hanCount <= MAX_BODY ? bodyEnd : -1;
    }

    private static boolean isNumbered(String name, int bodyEnd) {
        return bodyEnd < name.length() - 1;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHan(int codePoint) {
        return codePoint >= COMMON_HAN_FIRST && codePoint <= COMMON_HAN_LAST
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Words that a village of the list may be called but that texts use in general (中心村, 民族村). */
    static boolean isGeneric(String name) {
        return GENERIC.contains(name) || isCount(name);
    }

    /** 三个村, 两村, 二十村, 百企帮百村: see {@link #NUMERALS}. */
    static boolean isCount(String name) {
        return hasNumeralBeforeMeasureWord(name) || startsWithOrder(name) || isSmallNumberOfVillages(name)
                || endsWithRoundNumberOfVillages(name);
    }

    private static boolean hasNumeralBeforeMeasureWord(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (MEASURE_WORDS.indexOf(s.charAt(i)) >= 0 && NUMERALS.indexOf(s.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 三类村, 一级村. */
    private static boolean startsWithOrder(String s) {
        int i = 0;
        while (i < s.length() && ORDER_NUMERALS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < s.length() && ORDER_WORDS.indexOf(s.charAt(i)) >= 0;
    }

    /** 三村, 十村, 二十村, 三十五村, 十五村: a number below a hundred and 村, nothing else. */
    private static boolean isSmallNumberOfVillages(String s) {
        int i = 0;
        if (i < s.length() && UNITS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '十') {
            i++;
            if (i < s.length() && UNITS_AFTER_TEN.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        } else if (i == 0) {
            return false;
        }
        return i < s.length() && s.charAt(i) == '村' && RegexChars.isEnd(s, i + 1);
    }

    /** 百企帮百村: 百, 千 or 万 and the final 村. */
    private static boolean endsWithRoundNumberOfVillages(String s) {
        for (int end = s.length(); end >= Math.max(2, s.length() - 2); end--) {
            if (RegexChars.isEnd(s, end) && s.charAt(end - 1) == '村' && ROUND_NUMBERS.indexOf(s.charAt(end - 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 村民, 村级 ...: the 村 at i starts another word. */
    static boolean isWordAfter(String text, int i) {
        return i + 1 < text.length() && (WORD_AFTER.indexOf(text.charAt(i + 1)) >= 0 || startsWithWordAfter(text, i + 1));
    }

    private static boolean startsWithWordAfter(String text, int at) {
        for (String word : WORDS_AFTER) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** 青山村 is a name, 实现农村 and 全县深度贫困村 are not: some ending of the name is generic. */
    private static boolean endsWithGeneric(String name) {
        for (int length = 1; length <= Math.min(LONGEST_GENERIC, name.length()); length++) {
            String ending = name.substring(name.length() - length);
            if (GENERIC.contains(ending) && !ending.equals("山村")) {
                return true;
            }
        }
        return false;
    }

    /** A particle, preposition or verb of {@link #NEVER_INSIDE} or {@link #WORDS_NEVER_INSIDE}, or 和 between two characters. */
    private static boolean hasNonNameInside(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (NEVER_INSIDE.indexOf(c) >= 0 || c == '和' && joinsTwo(body, i) || Words.startsWithAny(body, i, WORDS_NEVER_INSIDE.startingWith(c))) {
                return true;
            }
        }
        return false;
    }

    /** A character other than a line break on either side of i (a regular expression's {@code .和.}). */
    private static boolean joinsTwo(String s, int i) {
        return i > 0 && i + 1 < s.length() && !RegexChars.isLineTerminator(s.charAt(i - 1)) && !RegexChars.isLineTerminator(s.charAt(i + 1));
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
