package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScriptConverterTest {
    private final ScriptConverter converter = new ScriptConverter();

    @Test
    void aLineWhoseTriggerStaysIsKeptWithItsOffsets() {
        String text = "覆盖全村\n他反覆说\n";
        ScriptConverter.Converted out = converter.convert(MappedText.identity(text));
        assertEquals("覆盖全村\n他反复说\n", out.text().text());
        assertEquals(ScriptConverter.SIMPLIFIED, out.script());
        assertArrayEquals(MappedText.identity(text).sourceIndex(text.length()), out.text().sourceIndex(text.length()));
    }

    @Test
    void traditionalTextWithAndWithoutTheParticle() {
        assertEquals("全县贫困户增收，道路修通了。", convert("全縣貧困戶增收，道路修通了。"));
        assertEquals("他们贴着墙站着，一位著名作家说。", convert("他們貼著牆站著，一位著名作家說。"));
    }

    private String convert(String text) {
        ScriptConverter.Converted out = converter.convert(MappedText.identity(text));
        assertEquals(ScriptConverter.TRADITIONAL, out.script(), out.text().text());
        return out.text().text();
    }
}
