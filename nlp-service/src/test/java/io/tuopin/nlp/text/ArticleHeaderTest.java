package io.tuopin.nlp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tuopin.nlp.domain.ArticleInput;
import org.junit.jupiter.api.Test;

/** Headers written for these tests. */
class ArticleHeaderTest {
    private static final HtmlArticleCleaner CLEANER = new HtmlArticleCleaner();
    private static final String BODY = "青石县地处山区，全县有行政村80个。2018年3月5日，县里召开推进会。";

    private static String publishedAt(String head) {
        return CLEANER.clean(new ArticleInput("t", head + "\n\n" + BODY, false, null, null, null, null)).publishedAt();
    }

    @Test
    void aDateAloneOnALineIsTheDateline() {
        assertEquals("2021-04-06", publishedAt("青石县的新变化\n\n2021年4月6日"));
        assertEquals("2021-04-06", publishedAt("青石县的新变化\n（2021年4月6日）"));
    }

    @Test
    void aDateWithABylineIsTheDateline() {
        assertEquals("2021-04-06", publishedAt("青石县的新变化\n2021年4月6日　记者　张红梅"));
        assertEquals("2021-04-06", publishedAt("青石县的新变化\n2021-04-06 08:15 本报记者"));
    }

    @Test
    void traditionalScriptAndFullWidthDigitsAreRead() {
        assertEquals("2021-07-15", publishedAt("青石縣的新變化\n２０２１年０７月１５日　來源：青石日報"));
        assertEquals("2021-07-15", publishedAt("青石縣的新變化\n２０２１年０７月１５日"));
    }

    @Test
    void aBodySentenceStartingWithADateIsNoDateline() {
        assertNull(publishedAt("青石县的新变化\n2018年3月5日，县里召开推进会，部署全年工作。"));
    }
}
