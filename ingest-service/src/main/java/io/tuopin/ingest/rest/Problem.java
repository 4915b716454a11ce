package io.tuopin.ingest.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** RFC 9457 problem details: the body of every error answer. */
public record Problem(URI type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:tuopin:problem:";

    /** @param kind short stable name, e.g. {@code empty-body} */
    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(URI.create(TYPE_PREFIX + kind), title, status, detail);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
