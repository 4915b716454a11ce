package io.tuopin.nlp.messaging;

import io.tuopin.nlp.config.NlpConfig;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.service.ArticleProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the extraction of one article within its time budget ({@code tuopin.nlp.article-budget}), so
 * that no article can hold a partition: past the budget the caller gets an
 * {@link ArticleRejectedException} at once and the article is dead-lettered, while the extracting
 * thread is interrupted and stops at the stages' next check ({@code Interruptions}). Whatever the
 * extraction throws, an {@link Error} included (a stack overflow on a hostile page), comes back as an
 * {@link ArticleRejectedException} with the reason; nothing escapes the service.
 *
 * <p>Hand-written rather than SmallRye Fault Tolerance's {@code @Asynchronous @Timeout}: that completes
 * the caller's stage on time but leaves the extraction running on its core, and its synchronous
 * {@code @Timeout} returns only when the method does.
 */
@ApplicationScoped
public class ExtractionBudget {
    private final ArticleProcessor processor;
    private final Duration budget;
    private final ExecutorService extractors;

    public ExtractionBudget(ArticleProcessor processor, NlpConfig config) {
        this.processor = processor;
        this.budget = config.articleBudget();
        AtomicInteger count = new AtomicInteger();
        this.extractors = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "nlp-extract-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Extraction process(ArticleInput input) {
        Future<Extraction> running = extractors.submit(() -> processor.process(input));
        try {
            return running.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new ArticleRejectedException("extraction exceeded the time budget of " + seconds(budget)
                    + " (tuopin.nlp.article-budget) for " + input.content().length() + " characters", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new ArticleRejectedException("extraction failed: " + cause, cause);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleRejectedException("interrupted while extracting", e);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @PreDestroy
    void stop() {
        extractors.shutdownNow();
    }
}
