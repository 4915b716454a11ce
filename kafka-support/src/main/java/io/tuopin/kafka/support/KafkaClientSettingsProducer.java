package io.tuopin.kafka.support;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Makes {@link KafkaClientSettings} injectable in a Quarkus service, from the map of every
 * {@code kafka.*} setting (environment twins {@code KAFKA_*} included) that Quarkus builds for
 * SmallRye's channels: the hand-built clients connect exactly as the channels do.
 */
@ApplicationScoped
public class KafkaClientSettingsProducer {
    private final Map<String, Object> kafkaConfig;

    @Inject
    public KafkaClientSettingsProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    @Produces
    @Singleton
    KafkaClientSettings settings() {
        return KafkaClientSettings.of(kafkaConfig);
    }
}
