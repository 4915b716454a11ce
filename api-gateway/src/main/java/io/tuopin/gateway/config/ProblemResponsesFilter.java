package io.tuopin.gateway.config;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Documents once, on every operation, the problem+json answers that any endpoint can give. */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String[]> ANSWERS = Map.of(
            "400", new String[] {"A parameter is invalid; detail says which and why",
                "{\"type\":\"urn:tuopin:problem:invalid-parameter\",\"title\":\"Invalid parameter\",\"status\":400,"
                        + "\"detail\":\"size must be a whole number between 1 and 200, got \\\"5000\\\"\",\"parameter\":\"size\"}"},
            "401", new String[] {"The X-API-Key header is missing or wrong (writes; reads too when so configured)",
                "{\"type\":\"urn:tuopin:problem:unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"writes need a valid X-API-Key header\"}"},
            "429", new String[] {"Rate limit for this client reached; the Retry-After header says when to retry",
                "{\"type\":\"urn:tuopin:problem:rate-limited\",\"title\":\"Too many requests\",\"status\":429,"
                        + "\"detail\":\"request rate limit reached for this client; retry after 1 s\"}"},
            "503", new String[] {"An upstream service is down, too slow, or paused by the circuit breaker",
                "{\"type\":\"urn:tuopin:problem:upstream-unavailable\",\"title\":\"Service unavailable\",\"status\":503,"
                        + "\"detail\":\"metrics-service did not answer in time\"}"});

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (var answer : ANSWERS.entrySet()) {
            if (!responses.hasAPIResponse(answer.getKey())) {
                responses.addAPIResponse(answer.getKey(), problem(answer.getValue()[0], answer.getValue()[1]));
            }
        }
        return operation;
    }

    private static APIResponse problem(String description, String example) {
        Example sample = OASFactory.createExample().value(example);
        MediaType type = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .addExample("problem", sample);
        Content content = OASFactory.createContent().addMediaType(PROBLEM, type);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
