package io.tuopin.events.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.ArticleIds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SIMPLIFIED = "截至2019年底，全县建档立卡贫困人口12036户35410人，贫困发生率从21.3%下降到0.6%。";
    private static final String TRADITIONAL = "截至2019年底，全縣建檔立卡貧困人口12036戶35410人，貧困發生率從21.3%下降到0.6%。";

    @Test
    void detectsUtf8() throws Exception {
        DecodedText d = TextDecoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), null, false);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.detected());
    }

    @Test
    void detectsGbkWithoutDeclaration() throws Exception {
        DecodedText d = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")), null, false);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void detectsBig5WithoutDeclaration() throws Exception {
        DecodedText d = TextDecoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), null, false);
        assertEquals(TRADITIONAL, d.text());
        assertEquals("Big5-HKSCS", d.charset());
    }

    @Test
    void honoursHtmlMetaCharset() throws Exception {
        String html = "<html><head><meta charset=\"gbk\"><title>t</title></head><body>" + SIMPLIFIED + "</body></html>";
        DecodedText d = TextDecoder.decode(html.getBytes(Charset.forName("GBK")), null, true);
        assertEquals(html, d.text());
        assertEquals(false, d.detected());
    }

    @Test
    void sameArticleInTwoEncodingsHasOneId() throws Exception {
        String a = TextDecoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")), "gb2312", false).text();
        String b = TextDecoder.decode(("  " + SIMPLIFIED + "\n").getBytes(StandardCharsets.UTF_8), "utf-8", false).text();
        assertEquals(ArticleIds.of(a), ArticleIds.of(b));
    }

    @Test
    void rejectsBytesThatAreNotTheDeclaredCharset() {
        byte[] gbk = SIMPLIFIED.getBytes(Charset.forName("GBK"));
        UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(gbk, "UTF-8", false));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void rejectsUnknownCharsetEmptyAndBinary() {
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode("x".getBytes(), "klingon-8", false));
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(new byte[0], null, false));
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (0x80 + (i * 7) % 0x7f);
        }
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(binary, null, false));
    }
}
