package io.tuopin.events.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped samples (repository root {@code samples/}) are sent without a declared charset by
 * {@code bin/run-local}; each must decode from the charset it was saved in, to text naming its region.
 */
class SampleArticlesDecodeTest {
    private static final Path SAMPLES = Path.of("..", "samples");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "huining-county-2019.txt, UTF-8, 会宁县",
            "shiqian-county-2020-big5.txt, Big5-HKSCS, 石阡縣",
            "kelan-county-2019-gbk.html, GB18030, 岢岚县",
            "yanchang-county-2019-noisy.txt, UTF-8, 延长县",
            "dingxi-city-2019.txt, UTF-8, 定西市"})
    void decodesFromTheCharsetItWasSavedIn(String file, String charset, String region)
            throws IOException, UndecodableTextException {
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(SAMPLES.resolve(file)), null, file.endsWith(".html"));
        assertEquals(charset, decoded.charset());
        assertTrue(decoded.text().contains(region), decoded.text()::toString);
        assertTrue(decoded.text().contains("建档立卡") || decoded.text().contains("建檔立卡"));
        assertFalse(decoded.text().contains("\uFFFD"));
    }
}
