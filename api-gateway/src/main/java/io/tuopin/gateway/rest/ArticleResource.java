package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.events.validation.ArticleId;
import io.tuopin.events.validation.RegionCode;
import jakarta.validation.constraints.NotBlank;
import io.tuopin.gateway.service.ArticleSubmissions;
import io.tuopin.gateway.service.MetricsReads;
import io.tuopin.gateway.service.UpstreamReply;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/articles")
@Tag(name = "Articles", description = "Articles with their cleaned text, entities and figures; posting new ones")
public class ArticleResource {
    private final MetricsReads metrics;
    private final UpstreamRelay relay;
    private final ArticleSubmissions submissions;

    public ArticleResource(MetricsReads metrics, UpstreamRelay relay, ArticleSubmissions submissions) {
        this.metrics = metrics;
        this.relay = relay;
        this.submissions = submissions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List articles", description = "Newest first; filtered by region (sub-regions included) and text.")
    @APIResponse(responseCode = "200", description = "A page of articles", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response list(
            @Parameter(description = "region code; its sub-regions are included", example = "141000") @RestQuery @RegionCode String region,
            @Parameter(description = "words in the title or text (at most 64 characters)", example = "脱贫") @RestQuery String q,
            @BeanParam PageParams paging,
            @Parameter(description = "a page's next token: the page after it (offset pages end after 10,000 articles)")
            @RestQuery String after,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String regionCode = RequestParams.optional(region);
        String query = RequestParams.text("q", q);
        Integer pageNumber = paging.page();
        Integer pageSize = paging.size();
        String start = RequestParams.token("after", after);
        return relay.json(metrics.read(client -> client.articles(regionCode, query, pageNumber, pageSize, start)),
                ifNoneMatch);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One article",
            description = "The cleaned text, entities and observations; every start/end offset indexes the text.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "article",
                    value = ApiExamples.ARTICLE)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response article(
            @Parameter(description = "article id: 32 hex digits", example = "0f1e2d3c4b5a69788796a5b4c3d2e1f0") @RestPath @NotBlank @ArticleId String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return relay.json(metrics.read(client -> client.article(id)), ifNoneMatch);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an article",
            description = "Passed through to ingest-service unchanged (body bytes, Content-Type, answer). JSON "
                    + "(title, url, source, publishedAt, content), text/plain or text/html in UTF-8, GB18030/GBK or Big5. "
                    + "Needs X-API-Key when the deployment sets a key.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "json", value = ApiExamples.ARTICLE_POST)),
        @Content(mediaType = MediaType.TEXT_PLAIN), @Content(mediaType = MediaType.TEXT_HTML)})
    @APIResponse(responseCode = "202", description = "Accepted: the broker has the article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "accepted",
                    value = ApiExamples.ACCEPTED)))
    @APIResponse(responseCode = "200", description = "Already known: nothing new was published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "415", description = "No or unsupported Content-Type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        if (contentType == null || contentType.isBlank()) {
            throw ProblemException.of(415, "unsupported-media-type", "Unsupported media type",
                    "a Content-Type header is required: application/json, text/plain or text/html");
        }
        UpstreamReply reply = submissions.submit(contentType, body == null ? new byte[0] : body);
        Response.ResponseBuilder answer = Response.status(reply.status());
        if (reply.body().length > 0) {
            answer.entity(reply.body()).type(reply.contentType());
        }
        return answer.build();
    }
}
