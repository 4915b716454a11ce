package io.tuopin.gateway.rest;

import java.util.Map;

/** A failure that the client should see as the given problem; carries no internals. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = headers;
    }

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public static ProblemException invalidParameter(String parameter, String detail) {
        return new ProblemException(new Problem("urn:tuopin:problem:invalid-parameter", "Invalid parameter",
                400, detail, parameter));
    }

    public static ProblemException of(int status, String kind, String title, String detail) {
        return new ProblemException(new Problem("urn:tuopin:problem:" + kind, title, status, detail, null));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
