package io.tuopin.metrics.rest;

import io.tuopin.metrics.service.IndicatorList;
import io.tuopin.metrics.service.ObservationQueryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
public class IndicatorResource {

    private final ObservationQueryService observations;

    public IndicatorResource(ObservationQueryService observations) {
        this.observations = observations;
    }

    @GET
    @Operation(summary = "The indicator catalogue: key, kind (stock, flow, rate), units, meaning, and how many observations, regions and articles each has")
    public IndicatorList indicators() {
        return observations.indicators();
    }
}
