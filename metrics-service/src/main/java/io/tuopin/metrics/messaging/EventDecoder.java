package io.tuopin.metrics.messaging;

import com.fasterxml.jackson.core.JacksonException;
import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.EventJson;
import io.tuopin.metrics.config.MetricsConfig;
import io.tuopin.metrics.service.KnownRegionCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads record values with the events module's JSON settings and checks them before anything is
 * stored. Decoding happens here rather than in a Kafka deserializer so that a poison record reaches
 * the dead-letter topic with its original bytes and the reason, instead of a null value.
 */
@ApplicationScoped
public class EventDecoder {
    private final KnownRegionCodes knownCodes;
    private final Duration maxClockSkew;

    @Inject
    public EventDecoder(KnownRegionCodes knownCodes, MetricsConfig config) {
        this(knownCodes, config.maxClockSkew());
    }

    /** @param maxClockSkew how far in the future a record's {@code processedAt} may lie */
    public EventDecoder(KnownRegionCodes knownCodes, Duration maxClockSkew) {
        this.knownCodes = knownCodes;
        this.maxClockSkew = maxClockSkew;
    }

    public ArticleEntities entities(String key, byte[] value) {
        ArticleEntities event = read(value, ArticleEntities.class);
        EventChecks.header(key, event.schemaVersion(), ArticleEntities.SCHEMA_VERSION, event.articleId(),
                event.extractorVersion(), event.processedAt(), latestTime());
        EventChecks.entities(event);
        ArticleEntities complete = EventChecks.withDefaults(event);
        EventChecks.knownCodes(EventChecks.codes(complete), knownCodes::isKnown);
        return complete;
    }

    public ArticleMetrics metrics(String key, byte[] value) {
        ArticleMetrics event = read(value, ArticleMetrics.class);
        EventChecks.header(key, event.schemaVersion(), ArticleMetrics.SCHEMA_VERSION, event.articleId(),
                event.extractorVersion(), event.processedAt(), latestTime());
        ArticleMetrics complete = EventChecks.withDefaults(event);
        EventChecks.metrics(complete);
        EventChecks.knownCodes(EventChecks.codes(complete), knownCodes::isKnown);
        return complete;
    }

    private Instant latestTime() {
        return Instant.now().plus(maxClockSkew);
    }

    private static <T> T read(byte[] value, Class<T> type) {
        if (value == null || value.length == 0) {
            throw new PoisonRecordException("empty record value: expected a " + type.getSimpleName() + " JSON object");
        }
        try {
            T event = EventJson.mapper().readValue(value, type);
            if (event == null) {
                throw new PoisonRecordException("record value is JSON null");
            }
            return event;
        } catch (JacksonException e) {
            throw new PoisonRecordException("malformed " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PoisonRecordException("unreadable record value: " + e.getMessage(), e);
        }
    }
}
