package io.tuopin.metrics.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.events.validation.Rejections;
import io.tuopin.metrics.service.UnknownResourceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as application/problem+json; no stack trace or SQL ever reaches a client. */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String INVALID_INPUT = "invalid-input";
    private static final String INVALID_TITLE = "Invalid input";

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return response(Problem.of(400, INVALID_INPUT, INVALID_TITLE, e.getMessage()));
    }

    /** A parameter that breaks one of the shared formats (Bean Validation on the resource methods). */
    @ServerExceptionMapper
    public Response invalidParameter(ConstraintViolationException e) {
        return Rejections.firstParameter(e)
                .map(r -> response(Problem.invalidParameter(INVALID_INPUT, INVALID_TITLE, r.parameter(), r.detail())))
                .orElseGet(() -> unexpected(e));
    }

    @ServerExceptionMapper
    public Response unknownResource(UnknownResourceException e) {
        return response(Problem.of(404, "not-found", "Not found", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return response(Problem.of(status.getStatusCode(), "http-" + status.getStatusCode(), status.getReasonPhrase(),
                status.getStatusCode() == 404 ? "no such resource" : status.getReasonPhrase()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("request failed", e);
        return response(Problem.of(500, "internal-error", "Internal error", "the request could not be completed"));
    }

    private static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
