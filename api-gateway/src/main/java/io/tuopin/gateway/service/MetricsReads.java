package io.tuopin.gateway.service;

import io.tuopin.gateway.client.MetricsServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads from metrics-service through the guarded gateway. */
@ApplicationScoped
public class MetricsReads {
    private final MetricsServiceClient client;
    private final MetricsGateway gateway;
    private final long breakerDelayMillis;

    public MetricsReads(@RestClient MetricsServiceClient client, MetricsGateway gateway,
                        @ConfigProperty(name = "tuopin.metrics.breaker-delay-ms") long breakerDelayMillis) {
        this.client = client;
        this.gateway = gateway;
        this.breakerDelayMillis = breakerDelayMillis;
    }

    public UpstreamReply read(Function<MetricsServiceClient, Response> call) {
        return Upstreams.guard(MetricsGateway.SERVICE, breakerDelayMillis, () -> gateway.fetch(() -> call.apply(client)));
    }
}
