package io.tuopin.ingest.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.ingest.domain.BrokerUnavailableException;
import io.tuopin.ingest.domain.IngestRejectedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure becomes {@code application/problem+json}; no stack trace reaches the client. */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response rejected(IngestRejectedException e) {
        return response(Problem.of(e.status(), e.kind(), e.title(), e.detail()));
    }

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException e) {
        LOG.warn(e.getMessage());
        Response problem = response(Problem.of(503, "broker-unavailable", "Broker unavailable",
                "the article was not confirmed as stored; retry later (" + e.getMessage() + ")"));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String kind = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        return response(Problem.of(status.getStatusCode(), kind, status.getReasonPhrase(), detailOf(e)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return response(Problem.of(500, "internal-error", "Internal error",
                "the request failed unexpectedly; the cause is in the service log"));
    }

    /** The answer carrying a problem: its status, application/problem+json. */
    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detailOf(WebApplicationException e) {
        if (e.getResponse().getStatus() == 415) {
            return "send application/json, text/plain or text/html (" + e.getMessage() + ")";
        }
        return e.getMessage();
    }
}
