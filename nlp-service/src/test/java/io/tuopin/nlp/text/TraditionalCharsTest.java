package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;

class TraditionalCharsTest {

    @Test
    void noCharacterOutsideTheSetIsChangedByHanLp() {
        int outside = 0;
        for (char c = 0x20; c < Character.MIN_SURROGATE; c++) {
            if (!TraditionalChars.isTrigger(c)) {
                String one = String.valueOf(c);
                assertEquals(one, HanLP.convertToSimplifiedChinese(one), "U+" + Integer.toHexString(c));
                outside++;
            }
        }
        assertTrue(outside > 40_000, "most characters are no trigger");
    }

    @Test
    void phraseCharactersThatStayAloneAreTriggers() {
        assertEquals("覆", HanLP.convertToSimplifiedChinese("覆"));
        assertTrue(TraditionalChars.isTrigger('覆'), "反覆 becomes 反复");
        assertEquals("他反复说", ScriptConverter.simplify("他反覆说"));
    }

    @Test
    void simplifiedTextHasNoTrigger() {
        String text = "全县建档立卡贫困户3200户9800人，贫困发生率降至0.5%。";
        assertFalse(TraditionalChars.anyIn(text, 0, text.length()));
        String traditional = "全縣建檔立卡貧困戶";
        assertTrue(TraditionalChars.anyIn(traditional, 0, traditional.length()));
    }

    @Test
    void simplifyHandsBackTextWithoutTriggersAsHanLpWould() {
        for (String text : new String[] {"全县建档立卡贫困户", "他反覆说", "全縣建檔立卡貧困戶3200户", "著名作家", "Hello, 世界！", ""}) {
            String expected = HanLP.convertToSimplifiedChinese(text);
            assertEquals(expected.length() == text.length() ? expected : ScriptConverter.simplify(text), ScriptConverter.simplify(text));
            if (!TraditionalChars.anyIn(text, 0, text.length())) {
                assertEquals(text, expected, "no trigger, no change: " + text);
            }
        }
    }
}
