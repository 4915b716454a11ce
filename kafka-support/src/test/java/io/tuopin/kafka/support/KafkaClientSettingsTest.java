package io.tuopin.kafka.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"tuopin\" password=\"s3cret\";";
    /** What Quarkus hands over for a service with KAFKA_* security settings (it adds group.id itself). */
    private final KafkaClientSettings settings = KafkaClientSettings.of(Map.of(
            "bootstrap.servers", "kafka:9093", "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", JAAS, "ssl.truststore.location", "/etc/tuopin/trust.p12",
            "group.id", "nlp-service", "max.request.size", "16711680", "port", "9092", "data.dir", "data/kafka"));

    @Test
    void everyClientKindGetsTheSecuritySettings() {
        for (Map<String, Object> client : new Map[] {settings.groupless("reader"), settings.producer("p"),
                settings.admin("a")}) {
            assertEquals("SASL_SSL", client.get("security.protocol"));
            assertEquals("SCRAM-SHA-512", client.get("sasl.mechanism"));
            assertEquals(JAAS, client.get("sasl.jaas.config"));
            assertEquals("/etc/tuopin/trust.p12", client.get("ssl.truststore.location"));
            assertFalse(client.containsKey("port"), "a stray KAFKA_* variable is no client setting");
        }
    }

    @Test
    void aGrouplessReaderNeverJoinsTheServicesGroupNorCommits() {
        Map<String, Object> reader = settings.groupless("ingest-known-ids");
        assertFalse(reader.containsKey("group.id"));
        assertEquals(false, reader.get("enable.auto.commit"));
        assertEquals("ingest-known-ids", reader.get("client.id"));
    }

    @Test
    void eachKindGetsOnlyItsOwnKeys() {
        assertEquals("16711680", settings.producer("p").get("max.request.size"));
        assertFalse(settings.admin("a").containsKey("max.request.size"));
        assertFalse(settings.admin("a").containsKey("group.id"));
    }

    @Test
    void moreSettingsOverrideAndBootstrapIsRequired() {
        assertEquals(15000, settings.with(Map.of("default.api.timeout.ms", 15000)).groupless("r").get("default.api.timeout.ms"));
        assertThrows(IllegalArgumentException.class, () -> KafkaClientSettings.of(Map.of("security.protocol", "SSL")));
    }

    @Test
    void printingTheSettingsShowsNoSecret() {
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertTrue(settings.toString().contains("kafka:9093"));
    }
}
