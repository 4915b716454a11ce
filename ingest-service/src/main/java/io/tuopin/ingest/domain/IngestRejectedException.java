package io.tuopin.ingest.domain;

/**
 * A submission that cannot be accepted as it is; the client must change it. Carries the HTTP status
 * and a stable problem kind so every channel reports the same reason.
 */
public class IngestRejectedException extends RuntimeException {
    private final int status;
    private final String kind;
    private final String title;

    public IngestRejectedException(int status, String kind, String title, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    public static IngestRejectedException badRequest(String kind, String title, String detail) {
        return new IngestRejectedException(400, kind, title, detail);
    }

    public int status() {
        return status;
    }

    /** Short stable name of the problem, e.g. {@code empty-body}. */
    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
