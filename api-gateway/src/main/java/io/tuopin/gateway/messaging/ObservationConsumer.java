package io.tuopin.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tuopin.events.CommittedObservations;
import io.tuopin.gateway.service.LiveObservation;
import io.tuopin.gateway.service.ObservationBroadcaster;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code articles.observations}, the observation sets metrics-service has committed (this
 * instance's own consumer group, newest records only), and hands each observation of a changed set,
 * with its article's id, to the broadcaster: the stream shows only what the store holds. The payload
 * is read as a JSON tree so that fields added later reach clients unchanged; a tombstone (a removed
 * set) brings nothing new to show.
 */
@ApplicationScoped
public class ObservationConsumer {
    private static final Logger LOG = Logger.getLogger(ObservationConsumer.class);
    private static final List<String> ARTICLE_FIELDS =
            List.of("articleId", "publishedAt", "extractorVersion", "processedAt", "committedAt");

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ObservationBroadcaster broadcaster;

    public ObservationConsumer(ObservationBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Incoming("observations")
    public void consume(ConsumerRecord<String, String> committed) {
        if (committed.value() == null) {
            return;
        }
        JsonNode record;
        try {
            record = mapper.readTree(committed.value());
        } catch (JsonProcessingException e) {
            LOG.warnf("skipping an articles.observations record that is not JSON: %s", e.getOriginalMessage());
            return;
        }
        if (record == null || record.path("schemaVersion").asInt() != CommittedObservations.SCHEMA_VERSION) {
            LOG.warnf("skipping an articles.observations record of unknown schemaVersion %s",
                    record == null ? "null" : record.path("schemaVersion").asText());
            return;
        }
        for (JsonNode stored : record.path("observations")) {
            if (stored.isObject()) {
                broadcaster.publish(flatten(record, (ObjectNode) stored));
            }
        }
    }

    /** The stored observation with its article's fields and, as before, a {@code region} object. */
    private LiveObservation flatten(JsonNode record, ObjectNode stored) {
        ObjectNode json = stored.deepCopy();
        ARTICLE_FIELDS.forEach(field -> json.set(field, record.path(field).isMissingNode() ? null : record.get(field)));
        ObjectNode region = json.putObject("region");
        region.set("code", stored.get("regionCode"));
        region.set("name", stored.get("regionName"));
        region.set("level", stored.get("regionLevel"));
        return new LiveObservation(stored.path("id").asText(null), filterCode(stored),
                stored.path("indicator").asText(null), json);
    }

    /** The region's own code; for a village without one, the code its key is placed under. */
    static String filterCode(JsonNode stored) {
        if (stored.path("regionCode").isTextual()) {
            return stored.path("regionCode").asText();
        }
        String key = stored.path("regionKey").asText("");
        int slash = key.indexOf('/');
        return slash > 0 ? key.substring(0, slash) : null;
    }
}
