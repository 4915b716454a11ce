package io.tuopin.metrics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The relay of the articles.observations outbox ({@code tuopin.metrics.outbox.*}). */
@ConfigMapping(prefix = "tuopin.metrics.outbox")
public interface OutboxConfig {

    /** Whether this replica relays; changes are written to the outbox either way. */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for changes when nothing woke it (a commit in this replica does). */
    @WithDefault("500ms")
    Duration interval();

    /** Changes published per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch. */
    @WithDefault("15s")
    Duration publishTimeout();
}
