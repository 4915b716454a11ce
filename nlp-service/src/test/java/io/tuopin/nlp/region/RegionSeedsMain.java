package io.tuopin.nlp.region;

import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints subject and mentions for files (a developer's tool). */
public final class RegionSeedsMain {
    public static void main(String[] args) throws Exception {
        HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
        GazetteerRegionRecognizer recognizer = new GazetteerRegionRecognizer();
        for (String file : args) {
            CleanedArticle a = cleaner.clean(new ArticleInput("x", Files.readString(Path.of(file)), file.endsWith(".html"),
                    null, null, null, null));
            RegionAnalysis r = recognizer.recognize(a);
            System.out.println("=== " + file + " subject=" + r.subject());
            for (RegionMention m : r.mentions()) {
                System.out.println("  " + m.start() + " " + m.text() + " -> " + m.region().code() + " " + m.region().name()
                        + " " + m.region().level() + " parent=" + m.region().parentCode() + (m.anaphora() ? " (anaphora)" : ""));
            }
            r.regions().forEach(x -> System.out.println("    R " + x.code() + " " + x.name() + " " + x.level() + " <- " + x.parentCode()));
        }
    }
}
