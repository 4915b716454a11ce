package io.tuopin.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.nlp.config.NlpConfig;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.text.ArticleCleaner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The budget around one article's extraction, with stand-in cleaners (the stages are tested elsewhere). */
class ExtractionBudgetTest {
    private static final ArticleInput INPUT = new ArticleInput("a1", "全县减贫1000人。", false, null, null, null, null);

    @Test
    void anArticlePastItsBudgetIsRejectedWithTheReasonAndItsExtractionInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        ExtractionBudget budget = budget(Duration.ofMillis(200), input -> {
            try {
                new CountDownLatch(1).await(); // an extraction that would never end by itself
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IllegalStateException("unreachable");
        });

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> budget.process(INPUT));

        assertTrue(e.getMessage().contains("time budget of 200 ms"), e.getMessage());
        assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the extracting thread was not interrupted");
    }

    @Test
    void anErrorInAStageComesBackAsARejectionNotAsTheError() {
        ExtractionBudget budget = budget(Duration.ofSeconds(30), input -> {
            throw new StackOverflowError();
        });

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> budget.process(INPUT));

        assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());
    }

    @Test
    void anArticleWithinItsBudgetGivesItsExtraction() {
        ExtractionBudget budget = budget(Duration.ofSeconds(30), input -> new CleanedArticle(null, null, null, null,
                null, "simplified", input.content(), input.content(), new int[input.content().length() + 1],
                List.of(), List.of(), List.of(), List.of()));

        assertEquals("a1", budget.process(INPUT).articleId());
    }

    private static ExtractionBudget budget(Duration limit, ArticleCleaner cleaner) {
        ArticleProcessor processor = new ArticleProcessor(cleaner, (article, hint) -> RegionAnalysis.empty(),
                (article, regions) -> List.of(), (id, article, regions) -> new MetricResult(List.of(), List.of()));
        NlpConfig config = () -> limit;
        return new ExtractionBudget(processor, config);
    }
}
