package io.tuopin.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Token bucket per client address: {@code capacity} requests at once, refilled steadily. */
@ConfigMapping(prefix = "tuopin.rate-limit")
public interface RateLimitSettings {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("120")
    int capacity();

    @WithDefault("20")
    double refillPerSecond();

    /** Bound on remembered clients, so a flood of addresses cannot exhaust memory. */
    @WithDefault("10000")
    int maxClients();

    /**
     * Reverse proxies in front of the gateway (addresses or networks, {@code 10.0.0.0/8}); only from
     * them is {@code X-Forwarded-For} read (see {@code ClientAddresses}). None: the header is ignored.
     */
    Optional<List<String>> trustedProxies();
}
