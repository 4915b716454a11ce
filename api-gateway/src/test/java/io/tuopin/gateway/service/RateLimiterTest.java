package io.tuopin.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tuopin.gateway.config.RateLimitSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(int capacity, double refillPerSecond, int maxClients) {
        RateLimitSettings settings = new RateLimitSettings() {
            public boolean enabled() {
                return true;
            }

            public int capacity() {
                return capacity;
            }

            public double refillPerSecond() {
                return refillPerSecond;
            }

            public int maxClients() {
                return maxClients;
            }

            public Optional<List<String>> trustedProxies() {
                return Optional.empty();
            }
        };
        return new RateLimiter(settings, now::get);
    }

    @Test
    void aBurstUpToCapacityPassesThenTheClientWaitsForTheRefill() {
        RateLimiter limiter = limiter(3, 0.5, 100);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.secondsToWait("10.0.0.1"));
        }
        assertEquals(2, limiter.secondsToWait("10.0.0.1"), "one token every 2 s");
        now.addAndGet(2_000_000_000L);
        assertEquals(0, limiter.secondsToWait("10.0.0.1"));
        assertEquals(2, limiter.secondsToWait("10.0.0.1"));
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimiter limiter = limiter(1, 1, 100);
        assertEquals(0, limiter.secondsToWait("10.0.0.1"));
        assertEquals(1, limiter.secondsToWait("10.0.0.1"));
        assertEquals(0, limiter.secondsToWait("10.0.0.2"));
    }

    @Test
    void forgottenClientsStartAfresh() {
        RateLimiter limiter = limiter(1, 0.001, 2);
        assertEquals(0, limiter.secondsToWait("a"));
        assertEquals(0, limiter.secondsToWait("b"));
        assertEquals(0, limiter.secondsToWait("c"));
        assertEquals(0, limiter.secondsToWait("a"), "a was the least recent and was evicted beyond 2 clients");
    }
}
