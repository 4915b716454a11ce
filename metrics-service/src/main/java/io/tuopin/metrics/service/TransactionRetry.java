package io.tuopin.metrics.service;

import io.micrometer.core.instrument.Timer;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tuopin.metrics.config.MetricsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs a projection in its own transaction, retrying when the database refuses it (for example two
 * consumers inserting the same new region at once); after the last attempt the failure goes up, so
 * the record is dead-lettered with the cause.
 */
@ApplicationScoped
public class TransactionRetry {
    private static final Logger LOG = Logger.getLogger(TransactionRetry.class);

    private final MetricsConfig config;
    private final ProjectionMeters meters;

    public TransactionRetry(MetricsConfig config, ProjectionMeters meters) {
        this.config = config;
        this.meters = meters;
    }

    /** One span ({@code metrics.transaction}) per record, under the span of the record's receipt. */
    @WithSpan("metrics.transaction")
    public void run(@SpanAttribute("tuopin.projection") String what, Runnable work) {
        long pause = config.retry().backoff().toMillis();
        Timer.Sample sample = meters.start();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                meters.finished(sample, "committed");
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.retry().attempts()) {
                    meters.finished(sample, "failed");
                    throw new ProjectionFailedException(what + " failed after " + attempt + " attempts: "
                            + rootMessage(e), e);
                }
                meters.retried();
                LOG.warnf("%s failed (attempt %d), retrying: %s", what, attempt, rootMessage(e));
                sleep(pause);
                pause *= 2;
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectionFailedException("interrupted while waiting to retry", e);
        }
    }
}
