package io.tuopin.metrics.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class ProjectionAcknowledgerTest {
    private final List<String> settled = new ArrayList<>();
    private final Message<byte[]> record = Message.of(new byte[0],
            () -> {
                settled.add("ack");
                return CompletableFuture.completedFuture(null);
            },
            failure -> {
                settled.add("nack: " + failure.getMessage());
                return CompletableFuture.completedFuture(null);
            });
    private final ProjectionAcknowledger acknowledger = new ProjectionAcknowledger();

    @Test
    void aProjectedRecordIsAcknowledged() {
        acknowledger.settle(record, () -> { });
        assertEquals(List.of("ack"), settled);
    }

    @Test
    void aFailedRecordIsNackedSoThatItIsDeadLettered() {
        acknowledger.settle(record, () -> {
            throw new IllegalStateException("bad record");
        });
        assertEquals(List.of("nack: bad record"), settled);
    }

    @Test
    void aRecordThatFailsWhileTheServiceStopsIsNeitherAcknowledgedNorDeadLettered() {
        acknowledger.onStop(null);
        acknowledger.settle(record, () -> {
            throw new IllegalStateException("EntityManagerFactory is closed");
        });
        assertEquals(List.of(), settled);
    }
}
