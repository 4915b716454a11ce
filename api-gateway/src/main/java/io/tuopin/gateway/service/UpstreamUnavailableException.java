package io.tuopin.gateway.service;

/**
 * An upstream service could not give an answer: refused, too slow, failing or paused by the
 * circuit breaker. The reason is written for clients and names no host.
 */
public class UpstreamUnavailableException extends RuntimeException {
    private final String service;
    private final int retryAfterSeconds;

    public UpstreamUnavailableException(String service, String reason, int retryAfterSeconds) {
        super(reason, null, false, false);
        this.service = service;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String service() {
        return service;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
