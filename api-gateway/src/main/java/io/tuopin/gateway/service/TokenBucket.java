package io.tuopin.gateway.service;

/** A token bucket: holds up to {@code capacity} tokens, refilled continuously; not thread-safe on its own. */
final class TokenBucket {
    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one token; returns 0 when granted, else the nanoseconds until one is available. */
    long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return refillPerNano <= 0 ? Long.MAX_VALUE : (long) Math.ceil((1 - tokens) / refillPerNano);
    }

    boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - updatedAt) * refillPerNano);
        updatedAt = now;
    }
}
