package io.tuopin.nlp.text;

import com.hankcs.hanlp.HanLP;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.entity.HanlpEntityRecognizer;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Throughput of the cleaning stage on one thread, next to HanLP's bare {@code HanLP.segment} on
 * the same inputs in the same run. Warm-up first, then timed rounds; prints characters per second
 * of input. Run after {@code ./mvnw -o -pl nlp-service test-compile}:
 * <pre>
 * java -cp nlp-service/target/classes:nlp-service/target/test-classes:$(cat cp.txt) \
 *      io.tuopin.nlp.text.CleaningBenchmark [DIR_OF_ARTICLES] [SECONDS_PER_MEASURE]
 * </pre>
 * (cp.txt from {@code ./mvnw -o -pl nlp-service dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class CleaningBenchmark {
    private static final int WARMUP_ROUNDS = 30;

    public static void main(String[] args) throws Exception {
        List<String> inputs = inputs(args.length > 0 ? Path.of(args[0]) : null);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        long chars = inputs.stream().mapToLong(String::length).sum();
        HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
        GazetteerRegionRecognizer regions = new GazetteerRegionRecognizer();
        HanlpEntityRecognizer entities = new HanlpEntityRecognizer();

        Consumer<String> segment = s -> HanLP.segment(s);
        Consumer<String> clean = s -> cleaner.clean(input(s));
        Consumer<String> cleanRegions = s -> regions.recognize(cleaner.clean(input(s)));
        Consumer<String> cleanRegionsEntities = s -> {
            CleanedArticle a = cleaner.clean(input(s));
            entities.recognize(a, regions.recognize(a));
        };
        System.out.printf("inputs: %d articles, %d characters; %d warm-up rounds, %.0f s per measure, 1 thread%n",
                inputs.size(), chars, WARMUP_ROUNDS, seconds);
        report("HanLP.segment (bare)", segment, inputs, chars, seconds);
        report("clean", clean, inputs, chars, seconds);
        report("clean + regions", cleanRegions, inputs, chars, seconds);
        report("clean + regions + entities", cleanRegionsEntities, inputs, chars, seconds);
    }

    private static ArticleInput input(String s) {
        return new ArticleInput("bench", s, s.startsWith("<"), null, null, null, null);
    }

    private static void report(String name, Consumer<String> work, List<String> inputs, long chars, double seconds) {
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            inputs.forEach(work);
        }
        long rounds = 0;
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            inputs.forEach(work);
            rounds++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%-28s %,12.0f chars/s  (%d rounds, %.2f ms per article); per CPU second %,12.0f chars/s%n",
                name, rounds * chars / elapsed, rounds, elapsed * 1000 / (rounds * inputs.size()), rounds * chars / cpu);
    }

    /** The articles of the folder (the seeds by default), else a text written for the benchmark. */
    private static List<String> inputs(Path dir) throws Exception {
        Path folder = dir != null ? dir : Path.of("../shared/seeds");
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.sorted().toList()) {
                    out.add(io.tuopin.nlp.cli.ArticleFiles.read(f).content()); // any encoding (GBK, Big5 pages)
                }
            }
        }
        if (out.isEmpty()) {
            out.add(("清河县位于平原北部，辖5个乡镇86个行政村，总人口12.5万人。全县建档立卡贫困人口3200户9800人，"
                    + "截至2020年底全部脱贫，贫困发生率从15.2%降至0。清河县永安镇青山村新建大棚120个，带动贫困户300户增收。\n").repeat(20));
        }
        return out;
    }
}
