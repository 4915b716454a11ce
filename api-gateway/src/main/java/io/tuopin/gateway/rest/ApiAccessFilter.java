package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.tuopin.gateway.config.AccessSettings;
import io.tuopin.gateway.service.ClientAddresses;
import io.tuopin.gateway.service.RateLimiter;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Guards every {@code /api/} request before it reaches a resource (the live stream included):
 * first the rate limit per client address, then the API key where one is required.
 */
@ApplicationScoped
public class ApiAccessFilter {
    static final String API_KEY_HEADER = "X-API-Key";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final AccessSettings access;
    private final RateLimiter rateLimiter;
    private final ClientAddresses clients;
    private final ObjectMapper mapper;

    public ApiAccessFilter(AccessSettings access, RateLimiter rateLimiter, ClientAddresses clients, ObjectMapper mapper) {
        this.access = access;
        this.rateLimiter = rateLimiter;
        this.clients = clients;
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, 100);
    }

    void filter(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/api/")) {
            context.next();
            return;
        }
        long wait = rateLimiter.secondsToWait(clientOf(context.request(), clients));
        if (wait > 0) {
            context.response().putHeader("Retry-After", Long.toString(wait));
            reject(context, new Problem("urn:tuopin:problem:rate-limited", "Too many requests", 429,
                    "request rate limit reached for this client; retry after " + wait + " s", null));
            return;
        }
        boolean write = !READS.contains(context.request().method());
        if (access.keyRequired(write) && !keyMatches(context.request().getHeader(API_KEY_HEADER))) {
            context.response().putHeader("WWW-Authenticate", "ApiKey header=\"" + API_KEY_HEADER + "\"");
            reject(context, new Problem("urn:tuopin:problem:unauthorized", "Unauthorized", 401,
                    (write ? "writes" : "requests") + " need a valid " + API_KEY_HEADER + " header", null));
            return;
        }
        context.next();
    }

    private boolean keyMatches(String presented) {
        if (presented == null) {
            return false;
        }
        byte[] expected = access.apiKey().orElseThrow().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The client of a request: its connection's peer, or who the trusted proxies say it is. */
    static String clientOf(HttpServerRequest request, ClientAddresses clients) {
        // the connection's own peer: Quarkus' proxy-address-forwarding would put a forged header value here
        SocketAddress peer = request.connection() == null ? null : request.connection().remoteAddress();
        return clients.clientOf(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    private void reject(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
