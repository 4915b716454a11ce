package io.tuopin.nlp.rest;

import io.smallrye.mutiny.Multi;
import io.tuopin.nlp.service.ReprocessingService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/reprocess")
public class ReprocessResource {

    @Inject
    ReprocessingService reprocessing;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Re-run extraction over articles.raw (all, or since a time); streams progress lines")
    public Multi<String> reprocess(@QueryParam("since") String since) {
        return reprocessing.reprocess(parse(since)).map(line -> line + "\n");
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
}
