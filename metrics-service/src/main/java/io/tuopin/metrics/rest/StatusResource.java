package io.tuopin.metrics.rest;

import io.smallrye.common.annotation.Blocking;
import io.tuopin.metrics.service.ConsumerLagService;
import io.tuopin.metrics.service.PipelineStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "status")
public class StatusResource {

    private final ConsumerLagService lag;

    public StatusResource(ConsumerLagService lag) {
        this.lag = lag;
    }

    @GET
    @Blocking
    @Operation(summary = "Pipeline status: consumer lag per group (nlp-service, metrics-service)")
    public PipelineStatus status() {
        return lag.status();
    }
}
