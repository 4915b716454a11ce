package io.tuopin.metrics.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code tuopin.metrics.projection.transactions} (a timer per {@code outcome}: committed, failed)
 * and {@code tuopin.metrics.projection.retries} (attempts repeated after a database failure).
 */
@ApplicationScoped
public class ProjectionMeters {
    private final MeterRegistry registry;

    public ProjectionMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void finished(Timer.Sample sample, String outcome) {
        sample.stop(Timer.builder("tuopin.metrics.projection.transactions")
                .description("projection transactions of one record, all attempts included")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry));
    }

    void retried() {
        registry.counter("tuopin.metrics.projection.retries").increment();
    }
}
