package io.tuopin.metrics.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tuopin.kafka.support.KafkaClientSettings;
import io.tuopin.metrics.config.OutboxConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay's producer connects as the channels do: a secured broker's login reaches it. */
class ObservationRelaySettingsTest {

    private static final OutboxConfig OUTBOX = new OutboxConfig() {
        public boolean enabled() { return true; }
        public Duration interval() { return Duration.ofMillis(500); }
        public int batchSize() { return 200; }
        public Duration publishTimeout() { return Duration.ofSeconds(15); }
    };

    @Test
    void theProducerTakesTheServicesSaslSettingsAndItsOwnDeliveryGuarantees() {
        KafkaClientSettings kafka = KafkaClientSettings.of(Map.of(
                "bootstrap.servers", "broker:9092",
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-256",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "group.id", "metrics-service"));
        Map<String, Object> settings = new ObservationRelay(null, OUTBOX, new SimpleMeterRegistry(), kafka)
                .producerSettings();

        assertEquals("SASL_PLAINTEXT", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-256", settings.get("sasl.mechanism"));
        assertEquals("broker:9092", settings.get("bootstrap.servers"));
        assertEquals("all", settings.get("acks"));
        assertEquals("15000", settings.get("delivery.timeout.ms"));
        assertFalse(settings.containsKey("group.id"), "a consumer's key never reaches the producer");
    }
}
