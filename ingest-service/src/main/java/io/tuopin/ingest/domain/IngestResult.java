package io.tuopin.ingest.domain;

/** The outcome of an accepted submission: a new article, or one that was already known. */
public record IngestResult(String id, Status status) {

    public enum Status { ACCEPTED, DUPLICATE }

    public static IngestResult accepted(String id) {
        return new IngestResult(id, Status.ACCEPTED);
    }

    public static IngestResult duplicate(String id) {
        return new IngestResult(id, Status.DUPLICATE);
    }

    public boolean isDuplicate() {
        return status == Status.DUPLICATE;
    }
}
