package io.tuopin.nlp.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.events.Observation;
import io.tuopin.nlp.cli.ArticleFiles;
import io.tuopin.nlp.number.SharedMaterials;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.NlpPipeline;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: the whole NLP stage, as {@code bin/extract} runs it, over the seeds, the shared
 * development set (articles annotated by others) and our own set, scored with the rules of
 * {@code ../shared/tools/score_extraction.py}. The floors are the scores reached so far: raise them
 * with every improvement, never lower them. Skips where {@code ../shared} is absent; fails under CI=true.
 */
class ExtractionQualityGateTest {
    /** Floors: seeds (5 real articles), ../shared/dev (24 articles annotated independently), our own ten. */
    private static final double SEEDS_F1 = 0.98;
    private static final double SEEDS_PRECISION = 0.97;
    private static final double DEV_F1 = 0.98;
    private static final double DEV_PRECISION = 0.975;
    private static final double TEAM_F1 = 0.99;
    private static final double TEAM_PRECISION = 0.99;
    private static final double PROBE_F1 = 0.99;
    private static final double PROBE_PRECISION = 0.985;

    private static ArticleProcessor processor;

    @BeforeAll
    static void pipeline() {
        processor = NlpPipeline.createProcessor();
    }

    @Test
    void seeds() throws Exception {
        assertFloors("seeds", SharedMaterials.require("seeds"), SharedMaterials.require("gold/seeds.jsonl"),
                SEEDS_F1, SEEDS_PRECISION);
    }

    @Test
    void sharedDevelopmentSet() throws Exception {
        assertFloors("dev", SharedMaterials.require("dev/docs"), SharedMaterials.require("dev/gold.jsonl"),
                DEV_F1, DEV_PRECISION);
    }

    @Test
    void ourOwnDevelopmentSet() throws Exception {
        Path set = Path.of("src/test/resources/devset");
        assertFloors("team", set.resolve("articles"), set.resolve("gold.jsonl"), TEAM_F1, TEAM_PRECISION);
    }

    /** Articles of unseen shapes written to probe generalisation (see probeset/README.md). */
    @Test
    void ourProbesOfUnseenShapes() throws Exception {
        Path set = Path.of("src/test/resources/probeset");
        assertFloors("probe", set.resolve("articles"), set.resolve("gold.jsonl"), PROBE_F1, PROBE_PRECISION);
    }

    private static void assertFloors(String name, Path docs, Path gold, double f1, double precision) throws Exception {
        Map<String, List<Observation>> byDoc = new LinkedHashMap<>();
        for (Path file : ArticleFiles.list(docs.toString())) {
            byDoc.put(file.getFileName().toString(), processor.process(ArticleFiles.read(file)).observations());
        }
        GoldScore.Result result = GoldScore.score(GoldScore.readGold(gold), byDoc);
        String report = name + ": " + result.summary() + "\nmissed: " + result.misses().stream()
                .map(g -> g.doc() + " " + g.region() + " " + g.indicator() + "=" + g.value() + " " + g.text()).toList()
                + "\nextra: " + result.extras();
        System.out.println(report);
        assertTrue(result.f1() >= f1 && result.precision() >= precision,
                "below the floor (F1 " + f1 + ", precision " + precision + "): " + report);
    }
}
