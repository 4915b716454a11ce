package io.tuopin.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.gateway.service.LiveObservation;
import io.tuopin.gateway.service.ObservationBroadcaster;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads {@code articles.metrics} (this instance's own consumer group, newest records only) and
 * hands each observation, flattened with its article's id, to the broadcaster. The payload is
 * read as a JSON tree so that fields added later reach clients unchanged.
 */
@ApplicationScoped
public class ObservationConsumer {
    private static final Logger LOG = Logger.getLogger(ObservationConsumer.class);
    private static final List<String> ARTICLE_FIELDS = List.of("articleId", "publishedAt", "extractorVersion", "processedAt");

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final ObservationBroadcaster broadcaster;

    public ObservationConsumer(ObservationBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Incoming("observations")
    public void consume(String payload) {
        JsonNode record;
        try {
            record = mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            LOG.warnf("skipping an articles.metrics record that is not JSON: %s", e.getOriginalMessage());
            return;
        }
        if (record == null || record.path("schemaVersion").asInt() != ArticleMetrics.SCHEMA_VERSION) {
            LOG.warnf("skipping an articles.metrics record of unknown schemaVersion %s",
                    record == null ? "null" : record.path("schemaVersion").asText());
            return;
        }
        for (JsonNode metric : record.path("metrics")) {
            if (metric.isObject()) {
                broadcaster.publish(flatten(record, (ObjectNode) metric));
            }
        }
    }

    private LiveObservation flatten(JsonNode record, ObjectNode metric) {
        ObjectNode json = metric.deepCopy();
        ARTICLE_FIELDS.forEach(field -> json.set(field, record.path(field).isMissingNode() ? null : record.get(field)));
        // a village without a code is filtered by nothing finer than the article's records give; an
        // unknown region (null) matches only a stream without a region filter
        JsonNode region = metric.path("region");
        String code = region.path("code").isTextual() ? region.path("code").asText() : region.path("parentCode").asText(null);
        return new LiveObservation(metric.path("id").asText(null), code, metric.path("indicator").asText(null), json);
    }
}
