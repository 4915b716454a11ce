package io.tuopin.kafka.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that points the service under test at the shared in-process broker.
 * Use with {@code @QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)}
 * or {@code @WithTestResource(KafkaTestResource.class)}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestKafkaBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker is shared by every test class in this JVM and stops with it
    }
}
