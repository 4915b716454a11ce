package io.tuopin.nlp.cli;

import io.tuopin.events.ArticleIds;
import io.tuopin.events.codec.DecodedText;
import io.tuopin.events.codec.TextDecoder;
import io.tuopin.events.codec.UndecodableTextException;
import io.tuopin.nlp.domain.ArticleInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Article files on disk (.txt, .html, .htm, in any of the usual encodings) as the NLP stage's input. */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /** The article files named, directories walked in name order. */
    public static List<Path> list(String... args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::isArticle).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The file decoded (BOM, declared charset, else detected), with its article id. */
    public static ArticleInput read(Path file) throws IOException, UndecodableTextException {
        boolean html = isHtml(file);
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file), null, html);
        return new ArticleInput(ArticleIds.of(decoded.text()), decoded.text(), html, null, null, null, null);
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || isHtml(file);
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
