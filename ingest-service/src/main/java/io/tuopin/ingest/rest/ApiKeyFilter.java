package io.tuopin.ingest.rest;

import io.tuopin.events.problem.Problem;
import io.tuopin.ingest.config.IngestConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** When {@code tuopin.api-key} is set, every write request must carry it in {@code X-API-Key}. */
public class ApiKeyFilter {
    public static final String HEADER = "X-API-Key";
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Optional<byte[]> expected;

    public ApiKeyFilter(IngestConfig config) {
        this.expected = config.apiKey().filter(key -> !key.isBlank()).map(key -> key.getBytes(StandardCharsets.UTF_8));
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireApiKey(ContainerRequestContext request) {
        if (expected.isEmpty() || !WRITE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        if (given != null && MessageDigest.isEqual(expected.get(), given.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        String detail = given == null ? "this service requires the header " + HEADER + " for writes"
                : "the " + HEADER + " header does not match";
        return Optional.of(ProblemExceptionMappers.response(Problem.of(401, "unauthorized", "Unauthorized", detail)));
    }
}
