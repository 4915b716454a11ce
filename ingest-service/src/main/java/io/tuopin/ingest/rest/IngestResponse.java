package io.tuopin.ingest.rest;

import io.tuopin.ingest.domain.IngestResult;
import java.util.Locale;

/** Body of a successful {@code POST /articles}: {@code status} is {@code accepted} or {@code duplicate}. */
public record IngestResponse(String id, String status) {
    static IngestResponse of(IngestResult result) {
        return new IngestResponse(result.id(), result.status().name().toLowerCase(Locale.ROOT));
    }
}
