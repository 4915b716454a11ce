package io.tuopin.nlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.events.EventJson;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.nlp.cli.ArticleFiles;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.entity.HanlpEntityRecognizer;
import io.tuopin.nlp.metric.CatalogMetricExtractor;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.service.ExtractionMapper;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a bin/extract-like process spends its main thread's CPU: every file of the folders read
 * ROUNDS times (like bin/benchmark --processes), each stage timed by thread CPU time, start-up included.
 * {@code java -cp ... io.tuopin.nlp.bench.StageCost ROUNDS DIR...}
 */
public final class StageCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] NAMES = {"start-up", "read+decode", "clean", "regions", "entities", "metrics", "json"};
    private static final long[] NANOS = new long[NAMES.length];
    private static long last;

    private StageCost() {
    }

    public static void main(String[] args) throws Exception {
        last = THREADS.getCurrentThreadCpuTime();
        int rounds = Integer.parseInt(args[0]);
        List<Path> files = ArticleFiles.list(List.of(args).subList(1, args.length).toArray(String[]::new));
        Gazetteer gazetteer = Gazetteer.standard();
        HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
        GazetteerRegionRecognizer regions = new GazetteerRegionRecognizer(gazetteer);
        HanlpEntityRecognizer entities = new HanlpEntityRecognizer();
        CatalogMetricExtractor metrics = new CatalogMetricExtractor();
        ObjectMapper json = EventJson.mapper();
        lap(0);
        long chars = 0;
        for (int r = 0; r < rounds; r++) {
            for (Path file : files) {
                ArticleInput input = ArticleFiles.read(file);
                chars += input.content().length();
                lap(1);
                CleanedArticle article = cleaner.clean(input);
                lap(2);
                RegionAnalysis analysis = regions.recognize(article, null);
                lap(3);
                entities.recognize(article, analysis);
                lap(4);
                var result = metrics.extract(input.id(), article, analysis);
                lap(5);
                json.writeValueAsString(result.observations());
                lap(6);
            }
        }
        double total = 0;
        for (long n : NANOS) {
            total += n / 1e9;
        }
        System.err.printf("%d chars, %.2f CPU-s on the main thread%n", chars, total);
        for (int i = 0; i < NAMES.length; i++) {
            System.err.printf("%-12s %6.2f s %5.1f%%%n", NAMES[i], NANOS[i] / 1e9, 100 * NANOS[i] / 1e9 / total);
        }
    }

    private static void lap(int stage) {
        long now = THREADS.getCurrentThreadCpuTime();
        NANOS[stage] += now - last;
        last = now;
    }
}
