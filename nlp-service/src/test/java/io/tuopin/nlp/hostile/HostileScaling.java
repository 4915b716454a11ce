package io.tuopin.nlp.hostile;

import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.entity.HanlpEntityRecognizer;
import io.tuopin.nlp.metric.CatalogMetricExtractor;
import io.tuopin.nlp.region.GazetteerRegionRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Measures each stage of the NLP pipeline on every hostile kind at n/4, n/2 and n (n = the size the
 * tests use) and prints the seconds and the growth from n/2 to n: about 2 is linear, 4 quadratic.
 * Not a test (speed is measured, never asserted); run it by hand:
 * {@code java -cp … io.tuopin.nlp.hostile.HostileScaling [KIND…]} ({@code -Dsize=N} measures at N/4, N/2
 * and N instead, {@code -Dstages=clean,regions} only those stages). A stage that takes more than
 * {@code -Dcap=60} seconds is abandoned and shown as such.
 */
public final class HostileScaling {
    private static final long CAP_SECONDS = Long.getLong("cap", 60);
    private static final String[] STAGES = System.getProperty("stages", "clean,regions,entities,metrics").split(",");

    private final HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
    private final GazetteerRegionRecognizer regions = new GazetteerRegionRecognizer();
    private final HanlpEntityRecognizer entities = new HanlpEntityRecognizer();
    private final CatalogMetricExtractor metrics = new CatalogMetricExtractor();

    public static void main(String[] args) throws Exception {
        List<String> wanted = List.of(args);
        HostileScaling scaling = new HostileScaling();
        scaling.warmUp();
        for (HostileCorpus.Kind kind : HostileCorpus.kinds()) {
            if (wanted.isEmpty() || wanted.contains(kind.name())) {
                scaling.measure(kind);
            }
        }
        System.exit(0);
    }

    private void warmUp() throws Exception {
        for (int i = 0; i < 3; i++) {
            for (String stage : STAGES) {
                run(stage, new HostileCorpus.Item("warm-up", HostileCorpus.kind("huge-paragraph").at(200).content(), false));
            }
        }
    }

    private void measure(HostileCorpus.Kind kind) throws Exception {
        int size = Integer.getInteger("size", kind.size());
        int[] sizes = {Math.max(1, size / 4), Math.max(1, size / 2), size};
        List<double[]> seconds = new ArrayList<>();
        for (int n : sizes) {
            HostileCorpus.Item item = kind.at(n);
            double[] row = new double[STAGES.length];
            for (int s = 0; s < STAGES.length; s++) {
                row[s] = run(STAGES[s], item);
            }
            seconds.add(row);
            System.out.printf("%-22s n=%-8d chars=%-8d %s%n", kind.name(), n, item.content().length(), format(row));
        }
        double[] half = seconds.get(1);
        double[] full = seconds.get(2);
        StringBuilder growth = new StringBuilder();
        for (int s = 0; s < STAGES.length; s++) {
            growth.append(String.format("%s x%.1f  ", STAGES[s], full[s] / Math.max(half[s], 1e-3)));
        }
        System.out.printf("%-22s growth n/2 -> n: %s%n", kind.name(), growth);
    }

    private static String format(double[] row) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < STAGES.length; s++) {
            out.append(String.format("%s %s  ", STAGES[s], row[s] < 0 ? ">" + CAP_SECONDS + "s" : String.format("%.3fs", row[s])));
        }
        return out.toString();
    }

    /** Seconds the stage took on the item (its inputs prepared untimed); -1 past the cap, -2 on an error. */
    private double run(String stage, HostileCorpus.Item item) throws Exception {
        Callable<Double> task = () -> {
            ArticleInput input = new ArticleInput("hostile", item.content(), item.html(), null, null, null, null);
            long start = System.nanoTime();
            CleanedArticle article = cleaner.clean(input);
            if (stage.equals("clean")) {
                return (System.nanoTime() - start) / 1e9;
            }
            RegionAnalysis found = stage.equals("regions") ? null : regions.recognize(article);
            start = System.nanoTime();
            switch (stage) {
                case "regions" -> regions.recognize(article);
                case "entities" -> entities.recognize(article, found);
                default -> metrics.extract("hostile", article, found);
            }
            return (System.nanoTime() - start) / 1e9;
        };
        double[] result = {-1};
        Thread thread = new Thread(() -> {
            try {
                result[0] = task.call();
            } catch (Throwable e) {
                System.out.println("  " + stage + " on " + item + ": " + e);
                result[0] = -2;
            }
        }, "hostile-stage");
        thread.setDaemon(true);
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(CAP_SECONDS * 2));
        if (thread.isAlive()) {
            stop(thread);
        }
        return result[0];
    }

    /** A stage past the cap must not go on eating the core the next measurement runs on. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) throws InterruptedException {
        thread.stop();
        thread.join();
    }
}
