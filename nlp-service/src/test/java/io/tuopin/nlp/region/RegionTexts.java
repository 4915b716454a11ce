package io.tuopin.nlp.region;

import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.text.HtmlArticleCleaner;

/** Texts of the region tests through the cleaner and one shared recognizer. */
final class RegionTexts {
    private static final HtmlArticleCleaner CLEANER = new HtmlArticleCleaner();
    private static final GazetteerRegionRecognizer RECOGNIZER = new GazetteerRegionRecognizer();

    private RegionTexts() {
    }

    static CleanedArticle clean(String text) {
        return CLEANER.clean(new ArticleInput("t", text, false, null, null, null, null));
    }

    static RegionAnalysis analyse(String text) {
        return RECOGNIZER.recognize(clean(text));
    }

    static RegionAnalysis analyse(String text, String regionHint) {
        return RECOGNIZER.recognize(clean(text), regionHint);
    }

    static RegionMention mention(RegionAnalysis r, String text) {
        return r.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + r.mentions()));
    }
}
