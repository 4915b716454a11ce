package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.events.validation.IndicatorKeys;
import io.tuopin.events.validation.RegionCode;
import io.smallrye.mutiny.Multi;
import io.tuopin.gateway.config.StreamSettings;
import io.tuopin.gateway.service.ClientAddresses;
import io.tuopin.gateway.service.ObservationBroadcaster;
import io.tuopin.gateway.service.ObservationFilter;
import io.tuopin.gateway.service.StreamSlots;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/stream/observations")
@Tag(name = "Live stream")
public class ObservationStreamResource {
    private static final long RECONNECT_MILLIS = 3000;
    private static final int RETRY_SECONDS = 30;

    private final ObservationBroadcaster broadcaster;
    private final StreamSlots slots;
    private final ClientAddresses clients;
    private final Duration heartbeat;

    public ObservationStreamResource(ObservationBroadcaster broadcaster, StreamSlots slots, ClientAddresses clients,
                                     StreamSettings settings) {
        this.broadcaster = broadcaster;
        this.slots = slots;
        this.clients = clients;
        this.heartbeat = settings.heartbeat();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Observations as they are committed to the store",
            description = "Server-Sent Events: when the store commits a changed observation set of an article, one event "
                    + "named observation per figure of the set, its data the observation as stored (regionKey, region, "
                    + "indicator, value, …) with its articleId and committedAt. A region filter includes every sub-region "
                    + "(by GB/T code prefix; a village by its county). Comment lines keep the connection alive. Only "
                    + "changes committed after connecting are sent.")
    @APIResponse(responseCode = "429", description = "This client, or all clients together, hold as many streams as allowed")
    @APIResponse(responseCode = "200", description = "An endless event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "observation",
                    value = ApiExamples.OBSERVATION_EVENT)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "region code; sub-regions are included", example = "141000") @RestQuery @RegionCode String region,
            @Parameter(description = "indicator key, or several separated by commas", example = "poverty_incidence,poor_population")
            @RestQuery @IndicatorKeys String indicator,
            @Context Sse sse, @Context HttpServerRequest request) {
        ObservationFilter filter = ObservationFilter.of(RequestParams.optional(region), RequestParams.optional(indicator));
        Runnable release = slots.take(ApiAccessFilter.clientOf(request, clients)).orElseThrow(() -> new ProblemException(
                new Problem("urn:tuopin:problem:too-many-streams", "Too many streams", 429,
                        "this client or all clients together hold as many live streams as allowed (" + slots.limits()
                                + "); close one first", null), Map.of("Retry-After", String.valueOf(RETRY_SECONDS))));
        Multi<OutboundSseEvent> observations = broadcaster.stream(filter).map(observation -> sse.newEventBuilder()
                .name("observation")
                .id(observation.id())
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, observation.json().toString())
                .build());
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(
                sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_MILLIS).build());
        return Multi.createBy().concatenating().streams(hello, Multi.createBy().merging().streams(observations, heartbeats))
                .onTermination().invoke(release);
    }
}
