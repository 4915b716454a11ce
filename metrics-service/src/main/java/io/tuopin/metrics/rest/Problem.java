package io.tuopin.metrics.rest;

/** An RFC 9457 problem document ({@code application/problem+json}). */
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
