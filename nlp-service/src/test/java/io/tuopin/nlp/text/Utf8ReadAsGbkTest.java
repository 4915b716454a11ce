package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our own sentences, garbled here the way a scraper garbles a UTF-8 page it takes for GBK: Java's
 * decoder keeps the bytes of GBK's user-defined rows as private-use characters and writes U+FFFD for
 * a byte it cannot place; other decoders write U+FFFD for those rows too (the example).
 */
class Utf8ReadAsGbkTest {
    private final Utf8ReadAsGbk repairer = new Utf8ReadAsGbk();

    /** UTF-8 bytes decoded as GBK by Java. */
    private static String garble(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("GBK"));
    }

    @Test
    void aRunWhoseBytesAllSurviveIsDecodedAgain() {
        String garbled = garble("全县实现脱贫摘帽"); // 24 bytes: every one survives
        MappedText out = repairer.repair(MappedText.identity("据悉，" + garbled + "。"));
        assertEquals("据悉，全县实现脱贫摘帽。", out.text());
        assertTrue(out.unreliableSpans().isEmpty());
    }

    @Test
    void charactersWhoseBytesWereLostBecomeUnreliableAndTheRestIsRepaired() {
        // “我们村修通了路 garbled by a decoder that writes U+FFFD for one lost byte (们 and 路 lose their last)
        MappedText out = repairer.repair(MappedText.identity("老人说：鈥滄垜浠\ufffd鏉戜慨閫氫簡璺\ufffd”"));
        assertEquals("老人说：“我\ufffd村修通了\ufffd”", out.text());
        assertEquals(2, out.unreliableSpans().size());
        assertTrue(out.unreliable(out.text().indexOf('\ufffd')));
        assertFalse(out.unreliable(out.text().indexOf('村')));
    }

    @Test
    void javasOwnGarblingIsRepairedToo() {
        String garbled = garble("“我们村修通了路"); // 通 loses its second byte, 路 its last
        MappedText out = repairer.repair(MappedText.identity(garbled));
        assertEquals("“我们村修\ufffd了\ufffd", out.text());
    }

    @Test
    void repairedCharactersPointIntoTheGarbledRun() {
        String garbled = garble("产业扶贫");
        String input = "通过" + garbled + "带动";
        MappedText out = repairer.repair(MappedText.identity(input));
        assertEquals("通过产业扶贫带动", out.text());
        assertEquals(2, out.source(out.text().indexOf('产')));
        assertEquals(input.indexOf('带'), out.source(out.text().indexOf('带')));
    }

    @Test
    void figuresBetweenGarbledRunsStay() {
        String input = garble("全县减少贫困人口") + "1000" + garble("人，发生率降至") + "0.5%";
        MappedText out = repairer.repair(MappedText.identity(input));
        assertEquals("全县减少贫困人口1000人，发生率降\ufffd0.5%", out.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "截至2019年底，全县建档立卡贫困户3.42万户14.96万人，贫困发生率由28.7%下降到0.68%。",
        "猴年马月，鸡犬不宁，龙飞凤舞，鸾翔凤集，饕餮盛宴，耄耋之年，魑魅魍魉。",
        "驻村第一书记王建国说：“我们村修通了路，家家户户种上了花椒。”"})
    void ordinaryChineseStaysAsItIs(String text) {
        MappedText out = repairer.repair(MappedText.identity(text));
        assertEquals(text, out.text());
        assertTrue(out.unreliableSpans().isEmpty());
    }
}
