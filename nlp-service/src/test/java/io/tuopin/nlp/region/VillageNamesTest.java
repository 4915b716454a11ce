package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.gazetteer.Village;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How village names are formed: names invented for this test, and the real ones of the list. */
class VillageNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"青石岭村", "云雾坪村", "十八里村", "三合村", "五一村", "托万克12村", "阿热勒托格拉克村", "和平村", "太和村", "建设村", "前进村"})
    void namesOfEveryShape(String name) {
        assertTrue(VillageNames.isPlausible(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "行政村", "贫困村", "深度贫困村", "挂牌督战村", "空壳村", "经济薄弱村", "后进村", "整村", "以整村",
        "其中村", "目前全村", "张成德夫妇办起全村", "干部包村", "两个村", "三村", "一些村", "共有15村", "大多数村",
        "加东村和藏曲村", "石门和藏曲村", "钬滈粌鍦熼亣姘村", "反映赤溪村"})
    void wordsEndingInVillageThatNameNone(String phrase) {
        assertFalse(VillageNames.isPlausible(phrase), phrase);
    }

    @Test
    void numbersEndANameOnlyAfterThreeCharacters() {
        assertTrue(VillageNames.isPlausible("塔合塔科瑞克15村"));
        assertFalse(VillageNames.isPlausible("共有15村"));
        assertTrue(VillageNames.isLong("托万克12村"), "a numbered name needs a clear start");
        assertFalse(VillageNames.isLong("云雾坪村"));
    }

    @Test
    void aDescriptionBeforeALongCandidateIsNotPartOfTheName() {
        assertEquals("大山深处".length(), VillageNames.nameStart("大山深处李家沟村"));
        assertEquals(0, VillageNames.nameStart("阿热勒托格拉克村"));
        assertEquals(0, VillageNames.nameStart("云雾坪村"));
    }

    @Test
    void villageAfterWordsTheNextWordStartsWithIts村() {
        assertTrue(VillageNames.isWordAfter("青石岭村民", 3));
        assertTrue(VillageNames.isWordAfter("青石岭村两委", 3));
        assertFalse(VillageNames.isWordAfter("青石岭村两个组", 3));
    }

    /** The rules are about names in general: they accept nearly every village name of the list. */
    @Test
    void acceptNearlyAllListedVillageNames() {
        List<String> names = Gazetteer.standard().villages().within("62").stream().map(Village::name)
                .filter(n -> n.endsWith("村") && n.length() >= 3 && n.length() <= VillageNames.MAX_LENGTH)
                .toList();
        long accepted = names.stream().filter(VillageNames::isPlausible).count();
        assertTrue(names.size() > 10_000, "Gansu's villages");
        assertTrue(accepted > 0.97 * names.size(), accepted + " of " + names.size());
    }
}
