package io.tuopin.events.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleInfo;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.CommittedObservations;
import io.tuopin.events.Entity;
import io.tuopin.events.EventJson;
import io.tuopin.events.Evidence;
import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import io.tuopin.events.RawArticle;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.StoredObservation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A field added to or renamed in a record fails here until the schema describes it: every record
 * component is a schema property and back, every component Jackson always writes is required, and
 * no component marked to be omitted when null is. (Under a record-wide NON_NULL the schema may still
 * require members that are never null, such as an entity's type.)
 */
class SchemaCoversRecordsTest {

    static Stream<Arguments> schemasAndRecords() {
        return Stream.of(
                Arguments.of(EventSchemas.RAW_ARTICLE, "", RawArticle.class),
                Arguments.of(EventSchemas.ARTICLE_ENTITIES, "", ArticleEntities.class),
                Arguments.of(EventSchemas.ARTICLE_METRICS, "", ArticleMetrics.class),
                Arguments.of(EventSchemas.COMMITTED_OBSERVATIONS, "", CommittedObservations.class),
                Arguments.of(EventSchemas.COMMITTED_OBSERVATIONS, "/$defs/storedObservation", StoredObservation.class),
                Arguments.of(EventSchemas.COMMON, "/$defs/regionRef", RegionRef.class),
                Arguments.of(EventSchemas.COMMON, "/$defs/regionInfo", RegionInfo.class),
                Arguments.of(EventSchemas.COMMON, "/$defs/entity", Entity.class),
                Arguments.of(EventSchemas.COMMON, "/$defs/evidence", Evidence.class),
                Arguments.of(EventSchemas.COMMON, "/$defs/quantity", Quantity.class),
                Arguments.of(EventSchemas.COMMON, "/$defs/observation", Observation.class),
                // the topic adds source/author/url to the five members the bin/extract contract requires
                Arguments.of(EventSchemas.ARTICLE_ENTITIES, "/properties/article", ArticleInfo.class));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("schemasAndRecords")
    void schemaPropertiesAreTheRecordComponents(String file, String pointer, Class<? extends Record> type)
            throws IOException {
        JsonNode schema = objectSchema(file, pointer);
        assertEquals(componentNames(type, component -> true), names(schema.get("properties")));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("schemasAndRecords")
    void everyComponentJacksonAlwaysWritesIsRequired(String file, String pointer, Class<? extends Record> type)
            throws IOException {
        Set<String> required = names(objectSchema(file, pointer).get("required"));
        assertTrue(required.containsAll(componentNames(type, component -> !omittable(type, component))),
                () -> type.getSimpleName() + ": required " + required);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("schemasAndRecords")
    void componentsOmittedWhenNullAreNotRequired(String file, String pointer, Class<? extends Record> type)
            throws IOException {
        Set<String> required = names(objectSchema(file, pointer).get("required"));
        Set<String> omitted = componentNames(type, component -> component.getAccessor().isAnnotationPresent(JsonInclude.class));
        assertTrue(required.stream().noneMatch(omitted::contains), () -> type.getSimpleName() + ": required " + required);
    }

    /** Resolves a schema object: the target of its {@code $ref}, with the {@code required} members it adds. */
    private static JsonNode objectSchema(String file, String pointer) throws IOException {
        JsonNode node = read(file).at(pointer);
        if (!node.has("$ref")) {
            return node;
        }
        String[] ref = node.get("$ref").asText().split("#", 2);
        ObjectNode target = read(ref[0]).at(ref[1]).deepCopy();
        if (node.has("required")) {
            target.withArray("required").addAll((ArrayNode) node.get("required"));
        }
        return target;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = SchemaCoversRecordsTest.class.getResourceAsStream("/schemas/" + file)) {
            return EventJson.mapper().readTree(in);
        }
    }

    /** Jackson leaves out a null reference under NON_NULL, on the component or on the whole record. */
    private static boolean omittable(Class<?> type, RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        JsonInclude onComponent = component.getAccessor().getAnnotation(JsonInclude.class);
        JsonInclude include = onComponent != null ? onComponent : type.getAnnotation(JsonInclude.class);
        return include != null && include.value() == JsonInclude.Include.NON_NULL;
    }

    private static Set<String> componentNames(Class<?> type, Predicate<RecordComponent> filter) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents())
                .filter(filter)
                .map(RecordComponent::getName)
                .toList());
    }

    private static Set<String> names(JsonNode objectOrArray) {
        Stream<String> names = objectOrArray.isArray()
                ? StreamSupport.stream(objectOrArray.spliterator(), false).map(JsonNode::asText)
                : objectOrArray.properties().stream().map(Map.Entry::getKey);
        return new TreeSet<>(names.toList());
    }
}
