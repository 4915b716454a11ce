package io.tuopin.metrics.service;

import io.micrometer.core.instrument.Timer;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tuopin.metrics.config.MetricsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs a projection in its own transaction, retrying when the database refuses it for a reason that
 * another attempt can cure ({@link RetryableFailures}: a serialization failure, a deadlock, two consumers
 * inserting the same new region at once, a lost connection). Any other failure, and a retryable one
 * after the last attempt, goes up at once, so the record is dead-lettered with the cause.
 */
@ApplicationScoped
public class TransactionRetry {
    private static final Logger LOG = Logger.getLogger(TransactionRetry.class);

    private final int attempts;
    private final Duration backoff;
    private final ProjectionMeters meters;
    private final Consumer<Runnable> transaction;

    @Inject
    public TransactionRetry(MetricsConfig config, ProjectionMeters meters) {
        this(config.retry().attempts(), config.retry().backoff(), meters,
                work -> QuarkusTransaction.requiringNew().run(work));
    }

    /** @param transaction runs its argument in a new transaction */
    TransactionRetry(int attempts, Duration backoff, ProjectionMeters meters, Consumer<Runnable> transaction) {
        this.attempts = attempts;
        this.backoff = backoff;
        this.meters = meters;
        this.transaction = transaction;
    }

    /** One span ({@code metrics.transaction}) per record, under the span of the record's receipt. */
    @WithSpan("metrics.transaction")
    public void run(@SpanAttribute("tuopin.projection") String what, Runnable work) {
        long pause = backoff.toMillis();
        Timer.Sample sample = meters.start();
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.accept(work);
                meters.finished(sample, "committed");
                return;
            } catch (RuntimeException e) {
                if (!RetryableFailures.isRetryable(e)) {
                    meters.finished(sample, "failed");
                    throw new ProjectionFailedException(what + " failed (not retryable): " + rootMessage(e), e);
                }
                if (attempt >= attempts) {
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
