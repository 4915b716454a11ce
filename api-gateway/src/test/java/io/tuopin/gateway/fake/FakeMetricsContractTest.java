package io.tuopin.gateway.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's tests talk to {@link FakeMetricsService}; this checks every answer it gives from its
 * fixtures ({@code fake-metrics/}) against metrics-service's own OpenAPI document
 * ({@code docs/openapi/metrics-service.json}, which metrics-service's {@code OpenApiDocumentTest} keeps equal to
 * what it serves). Objects of the document are closed (no property it does not name), so a fixture cannot carry
 * a field the real service does not have, nor a value of another type.
 */
class FakeMetricsContractTest {
    private static final Path DOCUMENT = Path.of(System.getProperty("project.root", ".."),
            "docs/openapi/metrics-service.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeMetricsService fake;
    private static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        fake = new FakeMetricsService();
        document = JSON.readTree(DOCUMENT.toFile());
    }

    @AfterAll
    static void stop() {
        fake.stop();
    }

    @Test
    void everyFixtureIsAnAnswerMetricsServiceCouldGive() throws Exception {
        List<String> checked = new ArrayList<>();
        check("/api/regions", "/api/regions?size=200", checked);
        check("/api/articles", "/api/articles?size=200", checked);
        check("/api/indicators", "/api/indicators", checked);
        check("/api/status", "/api/status", checked);
        for (String code : regionCodes()) {
            check("/api/regions/{code}", "/api/regions/" + code, checked);
            check("/api/regions/{code}/observations", "/api/regions/" + code + "/observations?size=200", checked);
        }
        for (JsonNode article : fixture("articles.json")) {
            check("/api/articles/{id}", "/api/articles/" + article.path("id").asText(), checked);
        }
        assertTrue(checked.size() >= 14, "fixtures checked: " + checked);
    }

    @Test
    void aFieldTheRealServiceDoesNotHaveIsCaught() {
        ObjectNode status = (ObjectNode) fixture("status.json").deepCopy();
        status.put("noSuchField", 1);
        assertTrue(!schemaOf("/api/status").validate(status).isEmpty(), "an unknown field must be a violation");
    }

    private void check(String template, String path, List<String> checked) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fake.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        List<String> violations = schemaOf(template).validate(JSON.readTree(response.body())).stream()
                .map(ValidationMessage::getMessage).sorted().toList();
        assertTrue(violations.isEmpty(), path + " (the fake's answer) breaks metrics-service's " + template + ": "
                + violations);
        checked.add(path);
    }

    /** The 200 answer's schema of GET {@code template}, with the document's components, objects closed. */
    private static JsonSchema schemaOf(String template) {
        JsonNode operation = document.path("paths").path(template).path("get");
        JsonNode schema = operation.at("/responses/200/content/application~1json/schema");
        assertTrue(!schema.isMissingNode(), "metrics-service's document has no JSON answer for GET " + template);
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", closed(document.path("components").deepCopy()));
        root.putArray("allOf").add(closed(schema.deepCopy()));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
    }

    /**
     * Every object schema that names its properties admits no others; each property may be null (the document,
     * generated from Java records, does not say which are never null).
     */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode properties) {
                if (!object.has("additionalProperties")) {
                    object.put("additionalProperties", false);
                }
                properties.properties().forEach(entry -> {
                    ObjectNode nullable = JSON.createObjectNode();
                    nullable.putArray("anyOf").add(entry.getValue()).add(JSON.createObjectNode().put("type", "null"));
                    entry.setValue(nullable);
                });
            }
            object.properties().forEach(entry -> closed(entry.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(FakeMetricsContractTest::closed);
        }
        return node;
    }

    private static List<String> regionCodes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fake-metrics"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("region-\\d+\\.json"))
                    .map(name -> name.substring("region-".length(), name.length() - ".json".length()))
                    .sorted().toList();
        }
    }

    private static JsonNode fixture(String name) {
        try (InputStream in = FakeMetricsContractTest.class.getResourceAsStream("/fake-metrics/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
