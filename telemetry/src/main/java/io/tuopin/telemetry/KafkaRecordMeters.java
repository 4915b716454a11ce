package io.tuopin.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Counts the records of every incoming Kafka channel of the service, per topic:
 * {@code tuopin.records.consumed} (handed to the handler), {@code tuopin.records.processed}
 * (acknowledged: the handler's work is done and the offset may be committed),
 * {@code tuopin.records.failed} (the handler failed, tagged with the failure's class) and
 * {@code tuopin.records.dead.lettered} (a failed record the dead-letter topic has acknowledged).
 * SmallRye applies an interceptor without {@code @Identifier} to every incoming channel.
 */
@ApplicationScoped
public class KafkaRecordMeters implements IncomingInterceptor {
    static final String CONSUMED = "tuopin.records.consumed";
    static final String PROCESSED = "tuopin.records.processed";
    static final String FAILED = "tuopin.records.failed";
    static final String DEAD_LETTERED = "tuopin.records.dead.lettered";
    private static final String DEAD_LETTER_STRATEGY = "dead-letter-queue";

    private final MeterRegistry registry;

    public KafkaRecordMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        String topic = topic(message);
        count(CONSUMED, topic, "records of the topic handed to this service's handler");
        return message.withNackWithMetadata((failure, metadata) -> {
            Counter.builder(FAILED).tag("topic", topic).tag("reason", reason(failure))
                    .description("records whose handling failed").register(registry).increment();
            return message.nack(failure, metadata);
        });
    }

    @Override
    public void onMessageAck(Message<?> message) {
        count(PROCESSED, topic(message), "records handled and acknowledged");
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        kafka(message).filter(meta -> deadLetters(meta.getChannel())).ifPresent(meta ->
                count(DEAD_LETTERED, meta.getTopic(), "failed records written to the topic's dead-letter twin"));
    }

    private void count(String name, String topic, String description) {
        Counter.builder(name).tag("topic", topic).description(description).register(registry).increment();
    }

    private static Optional<IncomingKafkaRecordMetadata<?, ?>> kafka(Message<?> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(meta -> (IncomingKafkaRecordMetadata<?, ?>) meta);
    }

    private static String topic(Message<?> message) {
        return kafka(message).map(IncomingKafkaRecordMetadata::getTopic).orElse("unknown");
    }

    private static boolean deadLetters(String channel) {
        return channel != null && DEAD_LETTER_STRATEGY.equals(ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.incoming." + channel + ".failure-strategy", String.class).orElse(null));
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && root.getClass().getName().startsWith("java.util.concurrent")) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
