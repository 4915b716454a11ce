package io.tuopin.events.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tuopin.events.CloudEvents;
import io.tuopin.events.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml names the topics, headers and schema files that the code defines. */
class AsyncApiDocumentTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final String SCHEMA_DIR = "../events/src/main/resources/schemas/";
    private static JsonNode doc;

    @BeforeAll
    static void read() throws IOException {
        doc = new YAMLMapper().readTree(DOCS.resolve("asyncapi.yaml").toFile());
    }

    @Test
    void documentsEveryTopicAndItsDeadLetterTwin() {
        Set<String> expected = new TreeSet<>(Topics.DATA);
        Topics.DATA.forEach(topic -> expected.add(Topics.dlq(topic)));
        expected.addAll(Topics.COMMITTED);
        assertEquals(expected, new TreeSet<>(channels().map(channel -> channel.get("address").asText()).toList()));
    }

    @Test
    void eachTopicsPayloadIsItsSchemaFile() {
        channels().forEach(channel -> {
            String topic = channel.get("address").asText();
            String schemaRef = message(channel).at("/payload/schema/$ref").asText();
            assertEquals(SCHEMA_DIR + EventSchemas.forTopic(topic), schemaRef, topic);
            assertTrue(Files.isRegularFile(DOCS.resolve(schemaRef)), schemaRef);
        });
    }

    @Test
    void cloudEventsHeadersAreTheOnesProducersWrite() {
        JsonNode headers = doc.at("/components/schemas/CloudEventHeaders");
        assertTrue(names(headers.get("properties")).containsAll(List.of(CloudEvents.ID, CloudEvents.TYPE,
                CloudEvents.SOURCE, CloudEvents.SPEC_VERSION, CloudEvents.TIME)));
        assertEquals(CloudEvents.SPEC_VERSION_VALUE, headers.at("/properties/ce_specversion/const").asText());
        assertEquals(Set.of(CloudEvents.TYPE_ARTICLE_RAW, CloudEvents.TYPE_ARTICLE_ENTITIES,
                CloudEvents.TYPE_ARTICLE_METRICS, CloudEvents.TYPE_ARTICLE_OBSERVATIONS),
                values(headers.at("/properties/ce_type/enum")));
    }

    @Test
    void deadLetterHeadersAreTheOnesSmallRyeWrites() {
        Set<String> documented = names(doc.at("/components/schemas/DeadLetterHeaders/properties"));
        assertTrue(documented.containsAll(List.of(CloudEvents.DLQ_REASON, CloudEvents.DLQ_CAUSE,
                CloudEvents.DLQ_SOURCE_TOPIC, CloudEvents.DLQ_SOURCE_PARTITION, CloudEvents.DLQ_SOURCE_OFFSET)),
                documented::toString);
        channels().forEach(channel -> {
            String topic = channel.get("address").asText();
            String headers = message(channel).at("/headers/$ref").asText();
            assertEquals(topic.endsWith(Topics.DLQ_SUFFIX) ? "#/components/schemas/DeadLetterHeaders"
                    : "#/components/schemas/CloudEventHeaders", headers, topic);
        });
    }

    @Test
    void dataTopicsAreCompactedAndDeadLettersExpire() {
        channels().forEach(channel -> {
            String topic = channel.get("address").asText();
            JsonNode kafka = resolve(channel.at("/bindings/$ref").asText()).get("kafka");
            assertEquals(topic.endsWith(Topics.DLQ_SUFFIX) ? "delete" : "compact",
                    kafka.at("/topicConfiguration/cleanup.policy/0").asText(), topic);
        });
    }

    private static Stream<JsonNode> channels() {
        return StreamSupport.stream(doc.get("channels").spliterator(), false);
    }

    /** The one message a channel carries, resolved from components. */
    private static JsonNode message(JsonNode channel) {
        JsonNode messages = channel.get("messages");
        assertEquals(1, messages.size(), channel.get("address").asText());
        return resolve(messages.elements().next().get("$ref").asText());
    }

    private static JsonNode resolve(String localRef) {
        assertTrue(localRef.startsWith("#/"), localRef);
        JsonNode target = doc.at(localRef.substring(1));
        assertTrue(!target.isMissingNode(), localRef);
        return target;
    }

    private static Set<String> names(JsonNode object) {
        return new TreeSet<>(object.properties().stream().map(Map.Entry::getKey).toList());
    }

    private static Set<String> values(JsonNode array) {
        return new TreeSet<>(StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList());
    }
}
