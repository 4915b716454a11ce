package io.tuopin.events.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): the body of every error answer of every
 * service. {@code type} is {@code urn:tuopin:problem:<kind>}.
 *
 * @param parameter the request parameter that was rejected, when one was (absent from the JSON otherwise)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "application/problem+json error body")
public record Problem(
        @Schema(example = "urn:tuopin:problem:invalid-parameter") String type,
        @Schema(example = "Invalid parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "size must be a whole number between 1 and 200, got \"5000\"") String detail,
        @Schema(example = "size") String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:tuopin:problem:";

    /** @param kind short stable name, e.g. {@code invalid-parameter} */
    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, null);
    }

    /** A rejected request parameter: 400, with the parameter's name. */
    public static Problem invalidParameter(String kind, String title, String parameter, String detail) {
        return new Problem(TYPE_PREFIX + kind, title, 400, detail, parameter);
    }
}
