package io.tuopin.events.schema;

import static io.tuopin.events.schema.EventSchemas.ARTICLE_ENTITIES;
import static io.tuopin.events.schema.EventSchemas.ARTICLE_METRICS;
import static io.tuopin.events.schema.EventSchemas.COMMITTED_OBSERVATIONS;
import static io.tuopin.events.schema.EventSchemas.EXTRACT_RESULT;
import static io.tuopin.events.schema.EventSchemas.RAW_ARTICLE;
import static io.tuopin.events.schema.EventSchemas.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tuopin.events.EventJson;
import io.tuopin.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Records serialised by {@link EventJson#mapper()} must satisfy the published schemas, and bad payloads must not. */
class EventSchemaTest {

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of(RAW_ARTICLE, SampleEvents.rawArticle()),
                Arguments.of(ARTICLE_ENTITIES, SampleEvents.articleEntities()),
                Arguments.of(ARTICLE_METRICS, SampleEvents.articleMetrics()),
                Arguments.of(COMMITTED_OBSERVATIONS, SampleEvents.committedObservations()),
                Arguments.of(EXTRACT_RESULT, SampleEvents.extractLine()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void serialisedRecordsConformToTheirSchema(String schema, Object payload) {
        assertEquals(List.of(), violations(schema, payload));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {RAW_ARTICLE, ARTICLE_ENTITIES, ARTICLE_METRICS})
    void schemaVersion2IsRejected(String schema) {
        ObjectNode payload = tree(schema);
        payload.put("schemaVersion", 2);
        assertRejectedAt(schema, payload, "/schemaVersion");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ARTICLE_ENTITIES, ARTICLE_METRICS})
    void missingArticleIdIsRejected(String schema) {
        ObjectNode payload = tree(schema);
        payload.remove("articleId");
        assertRejectedAt(schema, payload, "articleId");
    }

    @Test
    void rawArticleWithoutIdIsRejected() {
        assertRejected(RAW_ARTICLE, raw -> raw.remove("id"), "id");
    }

    @Test
    void observationValueAsStringIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> observation(m).put("value", "5031"), "/metrics/0/value");
    }

    @Test
    void unknownIndicatorKindIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> observation(m).put("kind", "level"), "/metrics/0/kind");
    }

    @Test
    void confidenceAboveOneIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> observation(m).put("confidence", 1.5), "/metrics/0/confidence");
    }

    @Test
    void periodInAnotherFormatIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> observation(m).put("period", "2019年12月"), "/metrics/0/period");
    }

    @Test
    void quantityBoundOutsideLtLeGtGeIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> ((ObjectNode) m.withArray("/quantities").get(4)).put("bound", "over"),
                "/quantities/4/bound");
    }

    @Test
    void processedAtAsEpochNumberIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> m.put("processedAt", 1795421731.64), "/processedAt");
    }

    @Test
    void receivedAtThatIsNoTimestampIsRejected() {
        assertRejected(RAW_ARTICLE, raw -> raw.put("receivedAt", "yesterday"), "/receivedAt");
    }

    @Test
    void uppercaseArticleIdIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> m.put("articleId", SampleEvents.ARTICLE_ID.toUpperCase()), "/articleId");
    }

    @Test
    void countyWithoutCodeIsRejected() {
        assertRejected(ARTICLE_METRICS, m -> ((ObjectNode) m.get("region")).putNull("code"), "/region");
    }

    @Test
    void aVillageMayCarryItsTwelveDigitCodeButADivisionMayNot() {
        ObjectNode metrics = tree(ARTICLE_METRICS);
        ObjectNode village = (ObjectNode) observation(metrics, 4).get("region");
        village.put("code", "620422101201");
        assertEquals(List.of(), violations(ARTICLE_METRICS, metrics));
        village.put("code", "620422101");
        assertRejectedAt(ARTICLE_METRICS, metrics, "/metrics/4/region");
        assertRejected(ARTICLE_METRICS, m -> ((ObjectNode) m.get("region")).put("code", "620422000000"), "/region");
    }

    @Test
    void aVillageRegionWithTwelveDigitsHasAParent() {
        ObjectNode entities = tree(ARTICLE_ENTITIES);
        ObjectNode village = (ObjectNode) entities.withArray("/regions").get(3);
        village.put("code", "620422101201");
        assertEquals(List.of(), violations(ARTICLE_ENTITIES, entities));
        village.remove("parentCode");
        assertRejectedAt(ARTICLE_ENTITIES, entities, "/regions/3");
    }

    @Test
    void anObservationOfAnUnknownRegionHasANullRegion() {
        ObjectNode metrics = tree(ARTICLE_METRICS);
        observation(metrics).putNull("region");
        metrics.putNull("region");
        assertEquals(List.of(), violations(ARTICLE_METRICS, metrics));
        observation(metrics).remove("region");
        assertRejectedAt(ARTICLE_METRICS, metrics, "region");
    }

    @Test
    void aRawArticleMayNameItsRegionByCode() {
        ObjectNode raw = tree(RAW_ARTICLE);
        assertTrue(raw.path("region").isMissingNode(), "omitted when none was given");
        raw.put("region", "620422");
        assertEquals(List.of(), violations(RAW_ARTICLE, raw));
        raw.put("region", "会宁县");
        assertRejectedAt(RAW_ARTICLE, raw, "/region");
    }

    @Test
    void nullEntityMembersAreOmittedAndAnExplicitNullIsRejected() {
        ObjectNode entities = tree(ARTICLE_ENTITIES);
        ObjectNode person = (ObjectNode) entities.withArray("/entities").get(3);
        assertEquals(List.of("type", "text", "start", "end"), List.copyOf(person.properties().stream()
                .map(Map.Entry::getKey).toList()));
        person.putNull("code");
        assertRejectedAt(ARTICLE_ENTITIES, entities, "/entities/3/code");
    }

    @Test
    void extractLineWithoutArticleRegionMemberIsRejected() {
        ObjectNode line = EventJson.mapper().valueToTree(SampleEvents.extractLine());
        ((ObjectNode) line.get("article")).remove("region");
        assertRejectedAt(EXTRACT_RESULT, line, "region");
    }

    @Test
    void aCommittedVillageObservationHasAKeyButNoCode() {
        ObjectNode committed = EventJson.mapper().valueToTree(SampleEvents.committedObservations());
        ObjectNode village = (ObjectNode) committed.withArray("/observations").get(4);
        assertEquals("620422/新庄村", village.path("regionKey").asText());
        assertTrue(village.get("regionCode").isNull());
        assertEquals(List.of(), violations(COMMITTED_OBSERVATIONS, committed));
        village.put("regionCode", "62042");
        assertRejectedAt(COMMITTED_OBSERVATIONS, committed, "/observations/4/regionCode");
    }

    @Test
    void committedObservationsWithoutCommitTimeAreRejected() {
        ObjectNode committed = EventJson.mapper().valueToTree(SampleEvents.committedObservations());
        committed.remove("committedAt");
        assertRejectedAt(COMMITTED_OBSERVATIONS, committed, "committedAt");
    }

    @Test
    void deadLetterTopicsHoldTheirSourcePayload() {
        assertEquals(ARTICLE_METRICS, EventSchemas.forTopic(Topics.dlq(Topics.ARTICLES_METRICS)));
        assertEquals(RAW_ARTICLE, EventSchemas.forTopic(Topics.ARTICLES_RAW));
        assertEquals(COMMITTED_OBSERVATIONS, EventSchemas.forTopic(Topics.ARTICLES_OBSERVATIONS));
        assertThrows(IllegalArgumentException.class, () -> EventSchemas.forTopic("articles.metric"));
    }

    @Test
    void recordValueThatIsNotJsonIsReported() {
        List<String> found = EventSchemas.violationsOfJson(RAW_ARTICLE, "schemaVersion=1");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("not JSON: "), found::toString);
    }

    private static ObjectNode observation(ObjectNode metrics) {
        return observation(metrics, 0);
    }

    private static ObjectNode observation(ObjectNode metrics, int index) {
        return (ObjectNode) metrics.withArray("/metrics").get(index);
    }

    private static ObjectNode tree(String schema) {
        Object record = switch (schema) {
            case RAW_ARTICLE -> SampleEvents.rawArticle();
            case ARTICLE_ENTITIES -> SampleEvents.articleEntities();
            case ARTICLE_METRICS -> SampleEvents.articleMetrics();
            default -> throw new IllegalArgumentException(schema);
        };
        return EventJson.mapper().valueToTree(record);
    }

    private static void assertRejected(String schema, Consumer<ObjectNode> breakIt, String where) {
        ObjectNode payload = tree(schema);
        assertEquals(List.of(), violations(schema, payload), "the unbroken payload must pass");
        breakIt.accept(payload);
        assertRejectedAt(schema, payload, where);
    }

    private static void assertRejectedAt(String schema, ObjectNode payload, String where) {
        List<String> found = violations(schema, payload);
        assertTrue(found.stream().anyMatch(message -> message.contains(where)),
                () -> "expected a violation at " + where + ", got " + found);
    }
}
