package io.tuopin.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The one guarded door to metrics-service: every read passes a timeout and a shared circuit
 * breaker, which counts transport failures and 5xx answers (values in application.properties under {@code quarkus.fault-tolerance}).
 */
@ApplicationScoped
public class MetricsGateway {
    static final String SERVICE = "metrics-service";

    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000)
    public UpstreamReply fetch(Supplier<Response> call) {
        return Upstreams.failOnServerError(SERVICE, Upstreams.read(SERVICE, call));
    }
}
