package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.events.validation.Rejections;
import io.tuopin.gateway.service.UpstreamUnavailableException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as application/problem+json, with no stack trace, SQL or host in it. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder builder = Response.status(e.problem().status());
        e.headers().forEach(builder::header);
        return builder.type(Problem.MEDIA_TYPE).entity(e.problem()).build();
    }

    /** A parameter that breaks one of the shared formats (Bean Validation on the resource methods). */
    @ServerExceptionMapper
    public Response invalidParameter(ConstraintViolationException e) {
        return Rejections.firstParameter(e)
                .map(r -> problem(ProblemException.invalidParameter(r.parameter(), r.detail())))
                .orElseGet(() -> unexpected(e));
    }

    @ServerExceptionMapper
    public Response unavailable(UpstreamUnavailableException e) {
        LOG.warnf("%s: %s", e.service(), e.getMessage());
        return Response.status(503)
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:tuopin:problem:upstream-unavailable", "Service unavailable", 503, e.getMessage(), null))
                .build();
    }

    /** JAX-RS' own rejections (unknown path, wrong method, unsupported media type...): status kept, wording ours. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed here";
            case 406 -> "no representation matches the Accept header; use application/json or text/csv";
            case 415 -> "unsupported Content-Type";
            default -> status >= 500 ? "the request could not be completed" : "the request is not valid";
        };
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:tuopin:problem:http-" + status, title, status, detail, null)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return Response.status(500).type(Problem.MEDIA_TYPE)
                .entity(new Problem("urn:tuopin:problem:internal", "Internal error", 500,
                        "the gateway could not complete the request; it has been logged", null))
                .build();
    }
}
