package io.tuopin.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;

/** Reads an {@code articles.raw} record value, refusing what nlp-service cannot process, with the reason. */
public final class RawArticleParser {
    private RawArticleParser() {
    }

    public static RawArticle parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty record value");
        }
        RawArticle raw;
        try {
            raw = EventJson.mapper().readValue(value, RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record value is not a RawArticle JSON document: "
                    + e.getOriginalMessage(), e);
        }
        if (raw.schemaVersion() != RawArticle.SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported schemaVersion " + raw.schemaVersion());
        }
        if (raw.id() == null || raw.content() == null || raw.content().isBlank()) {
            throw new IllegalArgumentException("RawArticle without id or content");
        }
        return raw;
    }
}
