package io.tuopin.events.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.tuopin.events.EventJson;
import io.tuopin.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates payloads against the JSON Schemas in {@code events/src/main/resources/schemas}.
 * Test scope only (published as {@code events:test-jar}); production code never validates twice.
 */
public final class EventSchemas {
    public static final String RAW_ARTICLE = "raw-article.schema.json";
    public static final String ARTICLE_ENTITIES = "article-entities.schema.json";
    public static final String ARTICLE_METRICS = "article-metrics.schema.json";
    public static final String COMMITTED_OBSERVATIONS = "committed-observations.schema.json";
    public static final String EXTRACT_RESULT = "extract-result.schema.json";
    public static final String COMMON = "common.schema.json";

    /** The schemas' {@code $id} prefix; relative {@code $ref}s between the files resolve against it. */
    public static final String ID_PREFIX = "https://schemas.tuopin.io/events/";

    private static final Map<String, String> SCHEMA_BY_TOPIC = Map.of(
            Topics.ARTICLES_RAW, RAW_ARTICLE,
            Topics.ARTICLES_ENTITIES, ARTICLE_ENTITIES,
            Topics.ARTICLES_METRICS, ARTICLE_METRICS,
            Topics.ARTICLES_OBSERVATIONS, COMMITTED_OBSERVATIONS);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The schema file of a topic's payload; a dead-letter topic holds its source topic's payload. */
    public static String forTopic(String topic) {
        String source = topic.endsWith(Topics.DLQ_SUFFIX)
                ? topic.substring(0, topic.length() - Topics.DLQ_SUFFIX.length())
                : topic;
        String schema = SCHEMA_BY_TOPIC.get(source);
        if (schema == null) {
            throw new IllegalArgumentException("no schema for topic " + topic);
        }
        return schema;
    }

    /** Serialises the payload as every producer does ({@link EventJson#mapper()}) and returns what the schema rejects. */
    public static List<String> violations(String schemaFile, Object payload) {
        return violations(schemaFile, EventJson.mapper().valueToTree(payload));
    }

    /** Validates a record value as read from a topic. */
    public static List<String> violationsOfJson(String schemaFile, String json) {
        try {
            return violations(schemaFile, EventJson.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }

    public static List<String> violations(String schemaFile, JsonNode payload) {
        return schema(schemaFile).validate(payload).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    public static JsonSchema schema(String schemaFile) {
        return LOADED.computeIfAbsent(schemaFile,
                file -> FACTORY.getSchema(SchemaLocation.of(ID_PREFIX + file), CONFIG));
    }
}
