package io.tuopin.ingest.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.ingest.domain.ArticleMetadata;
import io.tuopin.ingest.domain.ArticleSubmission;
import io.tuopin.ingest.domain.BodyType;
import io.tuopin.ingest.domain.Channel;
import io.tuopin.ingest.domain.IngestResult;
import io.tuopin.ingest.service.ArticleIngestService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/articles")
public class ArticleResource {
    private final ArticleIngestService ingestService;

    public ArticleResource(ArticleIngestService ingestService) {
        this.ingestService = ingestService;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Submit an article",
            description = "JSON {title, url, source, publishedAt, region, content}, or the article itself as text/plain or "
                    + "text/html, in UTF-8, GB18030/GBK or Big5 (declared charset, else detected). Query parameters "
                    + "give metadata for text bodies. region (optional) is the region the article is about, a code "
                    + "(6, 9 or 12 digits) or a name that denotes one region: the subject when the text names no "
                    + "place. Answers only after the broker has stored the article.")
    @APIResponse(responseCode = "202", description = "stored on articles.raw",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "200", description = "already known: nothing published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResponse.class)))
    @APIResponse(responseCode = "400", description = "empty, undecodable or invalid body, or an unknown region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "missing or wrong X-API-Key (when the service has one)")
    @APIResponse(responseCode = "413", description = "body larger than tuopin.ingest.max-body-size")
    @APIResponse(responseCode = "415", description = "not application/json, text/plain or text/html")
    @APIResponse(responseCode = "503", description = "the broker did not acknowledge in time; retry")
    public Response submit(byte[] body, HttpHeaders headers,
                           @Parameter(description = "title (text bodies)") @RestQuery String title,
                           @Parameter(description = "source address (text bodies)") @RestQuery String url,
                           @Parameter(description = "publisher (text bodies)") @RestQuery String source,
                           @Parameter(description = "publication date, YYYY-MM-DD") @RestQuery String publishedAt,
                           @Parameter(description = "region the article is about: a code or a name (text bodies)",
                                   example = "141034") @RestQuery String region) {
        MediaType mediaType = headers.getMediaType();
        BodyType type = bodyType(mediaType);
        ArticleSubmission submission = new ArticleSubmission(body, type,
                mediaType.getParameters().get(MediaType.CHARSET_PARAMETER),
                new ArticleMetadata(title, url, source, publishedAt, region), Channel.HTTP);
        IngestResult result = ingestService.ingest(submission);
        return Response.status(result.isDuplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(IngestResponse.of(result))
                .build();
    }

    private static BodyType bodyType(MediaType mediaType) {
        if (mediaType == null) {
            throw new NotSupportedException("the request has no Content-Type");
        }
        return BodyType.ofMediaType(mediaType.getType() + "/" + mediaType.getSubtype())
                .orElseThrow(() -> new NotSupportedException("unsupported media type " + mediaType));
    }
}
