package io.tuopin.nlp.bench;

import com.hankcs.hanlp.HanLP;
import io.tuopin.nlp.cli.ArticleFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline process of {@code bin/benchmark --processes}: reads and decodes the article files as
 * {@code bin/extract} does, and runs bare {@code HanLP.segment} over each, printing only the totals
 * (stderr). Whole process against whole process, so JVM start and dictionary loading count on both sides.
 */
public final class SegmentFiles {
    private SegmentFiles() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = ArticleFiles.list(args);
        long chars = 0;
        long terms = 0;
        for (Path file : files) {
            String text = ArticleFiles.read(file).content();
            chars += text.length();
            terms += HanLP.segment(text).size();
        }
        System.err.printf("segmented %d files, %d chars, %d terms%n", files.size(), chars, terms);
    }
}
