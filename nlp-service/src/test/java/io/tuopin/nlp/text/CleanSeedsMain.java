package io.tuopin.nlp.text;

import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the cleaned form of files (a developer's tool: java -cp ... CleanSeedsMain FILE...). */
public final class CleanSeedsMain {
    public static void main(String[] args) throws Exception {
        HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
        for (String file : args) {
            String content = Files.readString(Path.of(file));
            CleanedArticle a = cleaner.clean(new ArticleInput("x", content, file.endsWith(".html"), null, null, null, null));
            System.out.println("=== " + file + " | title=" + a.title() + " | date=" + a.publishedAt() + " | source=" + a.source()
                    + " | author=" + a.author() + " | script=" + a.script() + " | unreliable=" + a.unreliable());
            System.out.println(a.text());
        }
    }
}
