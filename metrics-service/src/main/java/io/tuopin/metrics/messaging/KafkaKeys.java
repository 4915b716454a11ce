package io.tuopin.metrics.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The Kafka key of an incoming message (null when the message did not come from Kafka). */
final class KafkaKeys {
    private KafkaKeys() {
    }

    static String of(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getKey() == null ? null : m.getKey().toString()).orElse(null);
    }
}
