package io.tuopin.metrics.rest;

import io.tuopin.metrics.service.UnknownResourceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json; no stack trace or SQL ever reaches a client. */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String TYPE_BASE = "https://tuopin.io/problems/";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return problem("invalid-input", "Invalid input", 400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownResource(UnknownResourceException e) {
        return problem("not-found", "Not found", 404, e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return problem("http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(),
                status.getStatusCode() == 404 ? "no such resource" : status.getReasonPhrase());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return problem("internal-error", "Internal error", 500, "the request could not be completed");
    }

    static Response problem(String type, String title, int status, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail)).build();
    }
}
