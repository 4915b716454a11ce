package io.tuopin.nlp.bench;

import com.hankcs.hanlp.HanLP;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.codec.TextDecoder;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.NlpPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the WHOLE NLP stage as {@code bin/extract} and nlp-service run it (decoded input →
 * cleaning, regions, entities, metrics) on one thread, next to bare {@code HanLP.segment} over the
 * same decoded texts in the same run, in alternating rounds. Run with {@code bin/benchmark [DIR]} (default ../shared/seeds).
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        List<ArticleInput> inputs = load(dir);
        long chars = inputs.stream().mapToLong(i -> i.content().length()).sum();
        ArticleProcessor processor = NlpPipeline.createProcessor();
        System.out.printf("articles=%d chars=%d (from %s), one thread%n", inputs.size(), chars, dir);
        Throughput.compare("whole NLP stage", i -> processor.process(inputs.get(i)),
                "HanLP.segment", i -> HanLP.segment(inputs.get(i).content()), inputs.size(), chars);
    }

    private static List<ArticleInput> load(Path dir) throws Exception {
        List<ArticleInput> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                boolean html = file.toString().endsWith(".html");
                String text = TextDecoder.decode(Files.readAllBytes(file), null, html).text();
                inputs.add(new ArticleInput(ArticleIds.of(text), text, html, null, null, null, null));
            }
        }
        return inputs;
    }
}
