package io.tuopin.gateway.rest;

import io.tuopin.events.problem.Problem;
import java.util.Map;

/** A failure that the client should see as the given problem; carries no internals. */
public class ProblemException extends RuntimeException {
    static final String INVALID_PARAMETER = "invalid-parameter";
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
        return new ProblemException(Problem.invalidParameter(INVALID_PARAMETER, "Invalid parameter", parameter, detail));
    }

    public static ProblemException of(int status, String kind, String title, String detail) {
        return new ProblemException(Problem.of(status, kind, title, detail));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
