package io.tuopin.metrics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The service's own settings ({@code tuopin.metrics.*} in application.properties). */
@ConfigMapping(prefix = "tuopin.metrics")
public interface MetricsConfig {

    Retry retry();

    Page page();

    Status status();

    /**
     * How far ahead of this service's clock a record's {@code processedAt} may be (the producers'
     * clocks differ a little); a record from further ahead is dead-lettered, as it would make every
     * later record of its article look stale.
     */
    @WithDefault("5m")
    Duration maxClockSkew();

    interface Retry {
        /** Attempts of a projection transaction before the record goes to the dead-letter topic. */
        @WithDefault("5")
        int attempts();

        /** Pause before the second attempt; doubled for each further one. */
        @WithDefault("100ms")
        Duration backoff();
    }

    interface Page {
        @WithDefault("20")
        int defaultSize();

        @WithDefault("200")
        int maxSize();
    }

    interface Status {
        /** Consumer groups whose lag {@code GET /api/status} reports. */
        List<String> groups();

        @WithDefault("3s")
        Duration timeout();
    }
}
