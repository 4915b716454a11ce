package io.tuopin.nlp.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.smallrye.mutiny.Multi;
import io.tuopin.events.problem.Problem;
import io.tuopin.nlp.config.AccessConfig;
import io.tuopin.nlp.messaging.ReplayProgress;
import io.tuopin.nlp.messaging.ReplayRunningException;
import io.tuopin.nlp.messaging.ReprocessingService;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Replays of {@code articles.raw}: start (streams progress), see, cancel. Run it on one replica. */
@Path("/reprocess")
public class ReprocessResource {
    static final String API_KEY_HEADER = "X-API-Key";

    private final ReprocessingService reprocessing;
    private final Optional<byte[]> apiKey;

    public ReprocessResource(ReprocessingService reprocessing, AccessConfig config) {
        this.reprocessing = reprocessing;
        this.apiKey = config.apiKey().filter(key -> !key.isBlank()).map(key -> key.getBytes(StandardCharsets.UTF_8));
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Re-run extraction over articles.raw (all, or since a time); streams progress lines",
            description = "Needs X-API-Key when the service has a key. One replay runs at a time per instance; "
                    + "closing the connection or DELETE /reprocess stops it.")
    @APIResponse(responseCode = "409", description = "a replay is running; the answer carries its progress")
    public Multi<String> reprocess(@RestQuery String since, @RestHeader(API_KEY_HEADER) String key) {
        requireKey(key);
        return reprocessing.reprocess(parse(since)).map(line -> line + "\n");
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The running replay's progress (running=false when none runs)")
    public ReplayProgress progress() {
        return reprocessing.progress();
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop the running replay before its next record")
    @APIResponse(responseCode = "202", description = "the replay stops; its progress so far")
    @APIResponse(responseCode = "404", description = "no replay runs")
    public Response cancel(@RestHeader(API_KEY_HEADER) String key) {
        requireKey(key);
        return reprocessing.cancel().map(progress -> Response.accepted(progress).build())
                .orElseGet(() -> problem(404, "no-replay", "No replay", "no replay runs in this instance", null));
    }

    @ServerExceptionMapper
    public Response running(ReplayRunningException e) {
        return problem(409, "replay-running", "Replay running", e.getMessage(), e.progress());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return problem(401, "unauthorized", "Unauthorized", e.getMessage(), null);
    }

    private void requireKey(String given) {
        if (apiKey.isEmpty()) {
            return;
        }
        if (given == null || !MessageDigest.isEqual(apiKey.get(), given.getBytes(StandardCharsets.UTF_8))) {
            throw new UnauthorizedException(given == null ? "replays require the header " + API_KEY_HEADER
                    : "the " + API_KEY_HEADER + " header does not match");
        }
    }

    private static Response problem(int status, String kind, String title, String detail, ReplayProgress progress) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new ReplayProblem(Problem.of(status, kind, title, detail), progress)).build();
    }

    /** The one problem record, with the running replay's progress as an extension member when there is one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReplayProblem(@JsonUnwrapped Problem problem, ReplayProgress progress) {
    }

    static Instant parse(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be a date (2021-03-01) or an instant (2021-03-01T00:00:00Z)");
        }
    }

    /** A write without the right key. */
    static final class UnauthorizedException extends RuntimeException {
        UnauthorizedException(String message) {
            super(message);
        }
    }
}
