package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi/metrics-service.json} is the read API as this service serves it: api-gateway's tests
 * check their stand-in for this service against that copy ({@code FakeMetricsContractTest}). When the API
 * changes, rewrite the copy with {@code -Dopenapi.write=true} and commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final Path COPY = Path.of(System.getProperty("project.root", ".."), "docs/openapi/metrics-service.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theCommittedCopyIsTheDocumentThisServiceServes() throws IOException {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(COPY.getParent());
            Files.writeString(COPY, JSON.writeValueAsString(served) + "\n");
        }
        assertTrue(Files.exists(COPY), COPY + " is missing; write it with -Dopenapi.write=true");
        assertEquals(JSON.readTree(COPY.toFile()), served, COPY + " is not the document metrics-service serves;"
                + " rewrite it with -Dopenapi.write=true, commit it, and check api-gateway's fake-metrics fixtures");
    }
}
