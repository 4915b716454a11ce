package io.tuopin.nlp.entity;

import io.tuopin.events.Entity;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the entities of files (a developer's tool). */
public final class EntitySeedsMain {
    public static void main(String[] args) throws Exception {
        HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
        GazetteerRegionRecognizer regions = new GazetteerRegionRecognizer();
        HanlpEntityRecognizer entities = new HanlpEntityRecognizer();
        for (String file : args) {
            CleanedArticle a = cleaner.clean(new ArticleInput("x", Files.readString(Path.of(file)), file.endsWith(".html"),
                    null, null, null, null));
            System.out.println("=== " + file);
            for (Entity e : entities.recognize(a, regions.recognize(a))) {
                System.out.print(e.type().charAt(0) + ":" + e.text() + (e.value() != null ? "=" + e.value() : "") + " ");
            }
            System.out.println();
        }
    }
}
