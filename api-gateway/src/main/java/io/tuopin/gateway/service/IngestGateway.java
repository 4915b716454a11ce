package io.tuopin.gateway.service;

import io.tuopin.gateway.client.IngestServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Guarded door to ingest-service. No circuit breaker: a post is rare, and a refused one must be
 * reported as such rather than short-circuited. ingest's own answers, errors included, pass
 * through unchanged.
 */
@ApplicationScoped
public class IngestGateway {
    static final String SERVICE = "ingest-service";

    private final IngestServiceClient client;

    public IngestGateway(@RestClient IngestServiceClient client) {
        this.client = client;
    }

    @Timeout(16000)
    public UpstreamReply post(String contentType, String apiKey, byte[] body) {
        return Upstreams.read(SERVICE, () -> client.post(contentType, apiKey, body));
    }
}
