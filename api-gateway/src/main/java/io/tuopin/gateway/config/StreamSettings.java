package io.tuopin.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live stream ({@code tuopin.stream.*}): keep-alive and how many streams may be open. */
@ConfigMapping(prefix = "tuopin.stream")
public interface StreamSettings {
    @WithDefault("15s")
    Duration heartbeat();

    /** Open streams of all clients together. */
    @WithDefault("1000")
    int maxClients();

    /** Open streams of one client (address). */
    @WithDefault("5")
    int maxPerClient();
}
