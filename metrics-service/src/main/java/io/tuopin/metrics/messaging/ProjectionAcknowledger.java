package io.tuopin.metrics.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Settles a record after its projection: acknowledged once the transaction has committed, nacked
 * (dead-lettered) when it fails. Except while the service stops: Quarkus closes Hibernate before the
 * Kafka consumer has delivered its last records, so they fail for that reason alone. Such a record is
 * left unacknowledged, so its offset is not committed and the partition's next owner (this service
 * after a restart, or another replica) projects it again.
 */
@ApplicationScoped
public class ProjectionAcknowledger {
    private static final Logger LOG = Logger.getLogger(ProjectionAcknowledger.class);
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public CompletionStage<Void> settle(Message<?> message, Runnable projection) {
        try {
            projection.run();
            return message.ack();
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.infof("stopping: a record is left unacknowledged for the partition's next owner (%s)", e.getMessage());
                return CompletableFuture.completedFuture(null);
            }
            return message.nack(e);
        }
    }
}
