package io.tuopin.metrics.messaging;

import io.tuopin.metrics.service.ObservationChanges;
import io.tuopin.metrics.service.TransactionRetry;
import io.tuopin.telemetry.ArticleLogContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BooleanSupplier;

/**
 * Applies one record to the projections in its own transaction, which also puts the article's
 * changed observation set in the outbox of {@code articles.observations}; after the commit the relay
 * is woken to publish it. Log lines and the span of the transaction name the article.
 */
@ApplicationScoped
public class ProjectionApplier {
    private final TransactionRetry transactions;
    private final ObservationChanges changes;
    private final ObservationRelay relay;

    public ProjectionApplier(TransactionRetry transactions, ObservationChanges changes, ObservationRelay relay) {
        this.transactions = transactions;
        this.changes = changes;
        this.relay = relay;
    }

    /** {@code projection} returns false when the record was stale and changed nothing. */
    public void apply(String stream, String articleId, BooleanSupplier projection) {
        try (ArticleLogContext article = ArticleLogContext.open(articleId)) {
            transactions.run(stream + " of article " + articleId, () -> {
                if (projection.getAsBoolean()) {
                    changes.capture(articleId);
                }
            });
        }
        relay.wake();
    }
}
