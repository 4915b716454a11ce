package io.tuopin.gateway.rest;

import io.tuopin.gateway.service.MetricsReads;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalogue and the pipeline's status. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final MetricsReads metrics;
    private final UpstreamRelay relay;

    public CatalogueResource(MetricsReads metrics, UpstreamRelay relay) {
        this.metrics = metrics;
        this.relay = relay;
    }

    @GET
    @Path("/indicators")
    @Tag(name = "Indicators")
    @Operation(summary = "The indicator catalogue",
            description = "Every indicator key with its unit, its kind (stock, rate or flow) and names in Chinese and English.")
    @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response indicators(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return relay.json(metrics.read(client -> client.indicators()), ifNoneMatch);
    }

    @GET
    @Path("/status")
    @Tag(name = "Status")
    @Operation(summary = "Pipeline status", description = "Consumer lag per service and topic, as metrics-service sees it.")
    @APIResponse(responseCode = "200", description = "The status", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response status(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return relay.json(metrics.read(client -> client.status()), ifNoneMatch);
    }
}
