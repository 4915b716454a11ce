package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link VillageNames}' loops give what the regular expressions they replaced gave
 * ({@link VillageNamesReference}): random words made of the characters and words the rules name
 * (numerals, measure words, digits, 和, the generic words, particles, verbs), their neighbours,
 * ASCII, a Han character outside the BMP, a letter of another script, and line terminators.
 */
class VillageNamesAgreeWithReferenceTest {
    private static final String[] FRAGMENTS = {
        "村", "村", "村", "村", "青", "石", "岭", "云", "雾", "坪", "塔", "合", "科", "瑞", "克", "洞", "沟", "家", "李",
        "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "几", "百", "千", "万", "零", "廿",
        "个", "些", "批", "座", "所", "类", "级", "片", "半", "般", "次", "和", "平", "太",
        "了", "的", "着", "过", "都", "受", "在", "与", "及", "或", "驻", "到", "以", "该", "本", "全", "各", "从",
        "许多", "发展", "扶贫", "帮扶", "指导", "强化", "选派", "开展", "解决", "参加", "建制", "发", "建", "许",
        "农", "乡", "山", "新", "行政", "自然", "贫困", "深度", "民族", "中心", "示范", "第一", "整", "美丽", "城中", "移民",
        "其中", "目前", "大多数", "包", "办起", "夫妇", "张成德",
        "0", "1", "5", "9", "15", "123", "１", "a", "Q", " ", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029",
        "\uD840\uDC00", "\uD840", "ā", "・", "〇",
    };
    private static final String[] LINE_TERMINATORS = {"\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"};

    @Test
    void namesAreJudgedAsTheRegularExpressionsJudgedThem() {
        Random random = new Random(20261127);
        for (int n = 0; n < 200_000; n++) {
            String word = randomWord(random, random.nextInt(4) > 0);
            assertEquals(VillageNamesReference.isPlausible(word), VillageNames.isPlausible(word), word);
            assertEquals(VillageNamesReference.isLong(word), VillageNames.isLong(word), word);
            assertEquals(VillageNamesReference.isGeneric(word), VillageNames.isGeneric(word), word);
            assertEquals(VillageNamesReference.isCount(word), VillageNames.isCount(word), word);
            assertEquals(VillageNamesReference.nameStart(word), VillageNames.nameStart(word), word);
            for (int i = 0; i < word.length(); i++) {
                assertEquals(VillageNamesReference.isWordAfter(word, i), VillageNames.isWordAfter(word, i), word + " at " + i);
            }
        }
    }

    /** The random words reach both answers of every rule, so the agreement above is not of a constant. */
    @Test
    void theRandomWordsReachEveryAnswer() {
        Random random = new Random(20261127);
        int plausible = 0;
        int counts = 0;
        int long_ = 0;
        for (int n = 0; n < 20_000; n++) {
            String word = randomWord(random, random.nextInt(4) > 0);
            plausible += VillageNamesReference.isPlausible(word) ? 1 : 0;
            counts += VillageNamesReference.isCount(word) ? 1 : 0;
            long_ += VillageNamesReference.isLong(word) ? 1 : 0;
        }
        assertTrue(plausible > 100 && plausible < 19_000, "plausible " + plausible);
        assertTrue(counts > 100 && counts < 19_000, "counts " + counts);
        assertTrue(long_ > 100 && long_ < 19_000, "long " + long_);
    }

    @Test
    void namedExamples() {
        for (String word : new String[] {
            "十八洞村", "三合村", "五一村", "三个村", "另有两个村", "一些村", "二十村", "三村", "百企帮百村", "三类村",
            "十村", "两十村", "十两村", "三五村", "三十五村", "三村\n", "三村\r\n", "百村\u2028", "百村\n\n", "三村\r\r",
            "塔合塔科瑞克15村", "托万克12村", "共有15村", "青石岭1234村", "青\uD840\uDC00村", "青\uD840村",
            "加东村和藏曲村", "石门和藏曲村", "青和村", "和平村", "太和村", "实现农村", "青山村", "让川民族村", "许多村",
            "大山深处李家沟村", "阿热勒托格拉克村", "村", "", "青石岭村民", "青石岭村两委"}) {
            assertEquals(VillageNamesReference.isPlausible(word), VillageNames.isPlausible(word), word);
            assertEquals(VillageNamesReference.isLong(word), VillageNames.isLong(word), word);
            assertEquals(VillageNamesReference.isGeneric(word), VillageNames.isGeneric(word), word);
            assertEquals(VillageNamesReference.nameStart(word), VillageNames.nameStart(word), word);
        }
    }

    private static String randomWord(Random random, boolean endsInVillage) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(9); k > 0; k--) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        if (endsInVillage) {
            out.append('村');
        }
        if (random.nextInt(20) == 0) {
            out.append(LINE_TERMINATORS[random.nextInt(LINE_TERMINATORS.length)]);
        }
        return out.toString();
    }
}
