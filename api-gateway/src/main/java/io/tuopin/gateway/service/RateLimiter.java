package io.tuopin.gateway.service;

import io.tuopin.gateway.config.RateLimitSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** Rate limiting per client address with one token bucket each. */
@ApplicationScoped
public class RateLimiter {
    private final RateLimitSettings settings;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets;

    @Inject
    public RateLimiter(RateLimitSettings settings) {
        this(settings, System::nanoTime);
    }

    RateLimiter(RateLimitSettings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true);
    }

    /** Returns 0 when the client may go on, else the whole seconds it should wait (for Retry-After). */
    public long secondsToWait(String client) {
        if (!settings.enabled()) {
            return 0;
        }
        long now = clock.getAsLong();
        long nanos;
        synchronized (buckets) {
            nanos = buckets.computeIfAbsent(client, key -> newBucket(now)).tryTake(now);
            evictIfCrowded(now);
        }
        return nanos == 0 ? 0 : Math.max(1, (long) Math.ceil(nanos / 1e9));
    }

    private TokenBucket newBucket(long now) {
        return new TokenBucket(settings.capacity(), settings.refillPerSecond(), now);
    }

    // a full bucket holds no state worth keeping; beyond the bound the least recent client goes too
    private void evictIfCrowded(long now) {
        if (buckets.size() <= settings.maxClients()) {
            return;
        }
        buckets.values().removeIf(bucket -> bucket.full(now));
        var oldest = buckets.keySet().iterator();
        while (buckets.size() > settings.maxClients() && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
