package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tuopin.gateway.service.UpstreamReply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Turns what metrics-service answered into the gateway's answer: JSON passes through byte for
 * byte (or becomes CSV), with an ETag and 304 for a matching If-None-Match; an upstream error
 * becomes a problem of the gateway's own wording.
 */
@ApplicationScoped
public class UpstreamRelay {
    static final String CSV = "text/csv; charset=UTF-8";
    private static final int MAX_DETAIL = 300;

    private final ObjectMapper mapper;

    public UpstreamRelay(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response json(UpstreamReply reply, String ifNoneMatch) {
        return conditional(successBody(reply), MediaType.APPLICATION_JSON, ifNoneMatch, null);
    }

    public Response csv(UpstreamReply reply, String ifNoneMatch, Function<JsonNode, String> table, String filename) {
        byte[] csv = table.apply(tree(successBody(reply))).getBytes(StandardCharsets.UTF_8);
        return conditional(csv, CSV, ifNoneMatch, filename);
    }

    private static Response conditional(byte[] body, String type, String ifNoneMatch, String filename) {
        String tag = EntityTags.of(body);
        Response.ResponseBuilder builder = EntityTags.matches(ifNoneMatch, tag)
                ? Response.notModified()
                : Response.ok(body, type);
        if (filename != null) {
            builder.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        }
        return builder.header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    private byte[] successBody(UpstreamReply reply) {
        if (reply.successful()) {
            return reply.body();
        }
        throw new ProblemException(upstreamProblem(reply));
    }

    private Problem upstreamProblem(UpstreamReply reply) {
        int status = reply.status();
        JsonNode body = tryTree(reply.body());
        String title = status == 404 ? "Not found" : "Request rejected";
        String detail = body.path("detail").asText(body.path("message").asText(""));
        if (detail.isBlank()) {
            detail = status == 404 ? "no such resource" : "metrics-service rejected the request (HTTP " + status + ")";
        }
        String kind = status == 404 ? "not-found" : "rejected";
        return new Problem("urn:tuopin:problem:" + kind, title, status, shorten(detail), null);
    }

    private JsonNode tree(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw ProblemException.of(502, "bad-upstream", "Bad gateway", "metrics-service answered with unreadable JSON");
        }
    }

    private JsonNode tryTree(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }

    private static String shorten(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }
}
