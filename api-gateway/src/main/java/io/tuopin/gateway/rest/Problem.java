package io.tuopin.gateway.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param parameter the request parameter that was rejected, when one was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "application/problem+json error body")
public record Problem(
        @Schema(example = "urn:tuopin:problem:invalid-parameter") String type,
        @Schema(example = "Invalid parameter") String title,
        @Schema(example = "400") int status,
        @Schema(example = "size must be between 1 and 200, got 5000") String detail,
        @Schema(example = "size") String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
