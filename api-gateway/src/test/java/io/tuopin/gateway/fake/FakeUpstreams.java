package io.tuopin.gateway.fake;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the fake metrics-service and ingest-service once per test JVM and points the gateway at them. */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {
    private static FakeMetricsService metrics;
    private static FakeIngestService ingest;

    public static synchronized FakeMetricsService metrics() {
        if (metrics == null) {
            try {
                metrics = new FakeMetricsService();
                ingest = new FakeIngestService();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return metrics;
    }

    public static FakeIngestService ingest() {
        metrics();
        return ingest;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("tuopin.test.metrics-url", metrics().url(),
                "tuopin.test.ingest-url", ingest().url());
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM, like the broker
    }
}
