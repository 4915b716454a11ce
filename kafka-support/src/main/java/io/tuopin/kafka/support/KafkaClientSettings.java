package io.tuopin.kafka.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings every Kafka client of a service shares: the service's whole {@code kafka.*}
 * configuration (bootstrap servers, {@code security.protocol}, SASL, TLS), which SmallRye's
 * channels read too. Each client takes the keys its kind knows, so a stray key (a consumer
 * {@code group.id}, an unrelated {@code KAFKA_*} variable) never reaches a client it would change.
 */
public final class KafkaClientSettings {
    /** Quarkus' TLS registry hands its configuration to its SSL engine factory under this key. */
    static final String QUARKUS_TLS_CONFIGURATION = "tls-configuration-name";

    private final Map<String, Object> settings;

    private KafkaClientSettings(Map<String, Object> settings) {
        this.settings = Map.copyOf(settings);
    }

    /** @param settings client settings without the {@code kafka.} prefix, e.g. {@code bootstrap.servers} */
    public static KafkaClientSettings of(Map<String, ?> settings) {
        Map<String, Object> copy = new HashMap<>();
        settings.forEach((key, value) -> {
            if (value != null && !value.toString().isBlank()) {
                copy.put(key, value);
            }
        });
        if (!copy.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("the Kafka settings lack bootstrap.servers (kafka.bootstrap.servers)");
        }
        return new KafkaClientSettings(copy);
    }

    public static KafkaClientSettings bootstrap(String servers) {
        return of(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, servers));
    }

    public String bootstrapServers() {
        return settings.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG).toString();
    }

    /** These settings with more (or other) values, e.g. credentials for a secured broker. */
    public KafkaClientSettings with(Map<String, ?> more) {
        Map<String, Object> merged = new HashMap<>(settings);
        merged.putAll(more);
        return of(merged);
    }

    /** Settings of a consumer that joins no group: it commits nothing, whatever the configuration says. */
    public Map<String, Object> groupless(String clientId) {
        Map<String, Object> consumer = only(ConsumerConfig.configNames(), clientId);
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return consumer;
    }

    public Map<String, Object> producer(String clientId) {
        return only(ProducerConfig.configNames(), clientId);
    }

    public Map<String, Object> admin(String clientId) {
        return only(AdminClientConfig.configNames(), clientId);
    }

    private Map<String, Object> only(Set<String> known, String clientId) {
        Map<String, Object> chosen = new HashMap<>();
        settings.forEach((key, value) -> {
            if (known.contains(key) || QUARKUS_TLS_CONFIGURATION.equals(key)) {
                chosen.put(key, value);
            }
        });
        chosen.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return chosen;
    }

    @Override
    public String toString() {
        // never print credentials
        return "KafkaClientSettings[" + bootstrapServers() + ", " + settings.keySet().stream().sorted().toList() + "]";
    }
}
