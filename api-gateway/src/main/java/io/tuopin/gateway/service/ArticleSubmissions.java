package io.tuopin.gateway.service;

import io.tuopin.gateway.config.AccessSettings;
import jakarta.enterprise.context.ApplicationScoped;

/** Passes an article post on to ingest-service, with the deployment's API key when one is set. */
@ApplicationScoped
public class ArticleSubmissions {
    private final IngestGateway gateway;
    private final AccessSettings access;

    public ArticleSubmissions(IngestGateway gateway, AccessSettings access) {
        this.gateway = gateway;
        this.access = access;
    }

    public UpstreamReply submit(String contentType, byte[] body) {
        String key = access.apiKey().orElse(null);
        return Upstreams.guard(IngestGateway.SERVICE, 0, () -> gateway.post(contentType, key, body));
    }
}
