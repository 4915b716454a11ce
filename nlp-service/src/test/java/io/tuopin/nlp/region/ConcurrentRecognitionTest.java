package io.tuopin.nlp.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tuopin.events.Entity;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.entity.HanlpEntityRecognizer;
import io.tuopin.nlp.text.HtmlArticleCleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One instance of each stage serves several threads and gives what it gives on one. */
class ConcurrentRecognitionTest {
    private static final List<String> ARTICLES = List.of(
            "汾西县永安镇青山村新建大棚20个。全县贫困户王建国说，今年收入翻了一番。",
            "皋兰縣水阜鎮長川村修通道路5公里，全縣貧困人口減少300人。",
            "广信区湖村乡今年4月完成搬迁，全区投入资金2.5亿元。");

    private record Result(String text, RegionAnalysis regions, List<Entity> entities) {
    }

    @Test
    void stagesAreThreadSafe() throws Exception {
        HtmlArticleCleaner cleaner = new HtmlArticleCleaner();
        GazetteerRegionRecognizer regions = new GazetteerRegionRecognizer();
        HanlpEntityRecognizer entities = new HanlpEntityRecognizer();
        List<Result> expected = ARTICLES.stream().map(a -> run(cleaner, regions, entities, a)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String article = ARTICLES.get(i % ARTICLES.size());
                futures.add(pool.submit(() -> run(cleaner, regions, entities, article)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % ARTICLES.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result run(HtmlArticleCleaner cleaner, GazetteerRegionRecognizer regions, HanlpEntityRecognizer entities,
            String content) {
        CleanedArticle a = cleaner.clean(new ArticleInput("t", content, false, null, null, null, "2020-06-01"));
        RegionAnalysis r = regions.recognize(a);
        return new Result(a.text(), r, entities.recognize(a, r));
    }
}
