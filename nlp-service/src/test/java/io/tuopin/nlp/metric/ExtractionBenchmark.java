package io.tuopin.nlp.metric;

import com.hankcs.hanlp.HanLP;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.bench.Throughput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.number.SharedMaterials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Throughput of the whole metric extraction (quantity recognition, catalogue matching, periods,
 * regions, ids) on one thread, next to bare {@code HanLP.segment} over the same texts in the same
 * run. Not a test: run it on one core, e.g.
 * {@code taskset -c 0 java -XX:ActiveProcessorCount=1 -cp <test classpath> io.tuopin.nlp.metric.ExtractionBenchmark [dir]}.
 * Reads the plain-text articles of the given folder (default ../shared/seeds), converted to
 * simplified script first; warm-up, then repeated timed rounds; prints the median round.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = SharedMaterials.sharedRoot();
        Path dir = args.length > 0 ? Path.of(args[0]) : shared == null ? Path.of("../../shared/seeds") : shared.resolve("seeds");
        List<String> texts = load(dir);
        long chars = texts.stream().mapToLong(String::length).sum();
        RegionInfo subject = TestArticles.county("620999", "青石县", "620900");
        List<CleanedArticle> articles = texts.stream().map(t -> TestArticles.article(t, "2020-06-30")).toList();
        List<RegionAnalysis> regions = texts.stream().map(t -> TestArticles.regions(t, subject)).toList();
        CatalogMetricExtractor extractor = new CatalogMetricExtractor();
        IntConsumer extract = i -> extractor.extract("bench", articles.get(i), regions.get(i));
        IntConsumer segment = i -> HanLP.segment(texts.get(i));
        System.out.printf("articles=%d chars=%d (from %s)%n", texts.size(), chars, dir);
        Throughput.compare("extraction", extract, "HanLP.segment", segment, texts.size(), chars);
    }

    private static List<String> load(Path dir) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String raw = io.tuopin.nlp.cli.ArticleFiles.read(f).content(); // any encoding (GBK, Big5 pages)
                texts.add(HanLP.convertToSimplifiedChinese(raw.replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "")));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + dir);
        }
        return texts;
    }
}
