package io.tuopin.kafka.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource that points the service under test at the shared in-process broker.
 * Use with {@code @WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)}: the
 * resource applies to every test class of the module, so they share one start of the application (a
 * narrower scope restarts the application for each different set of resources; the broker itself is a
 * JVM-wide singleton either way and is never restarted).
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
