package io.tuopin.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** The public API as a client sees it: posts with the API key, reads JSON, waits for articles to be served. */
final class GatewayClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final String apiKey;

    GatewayClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** {@code POST /api/articles}; returns the answer's JSON with the HTTP status added as {@code httpStatus}. */
    JsonNode postArticle(Path file) throws IOException, InterruptedException {
        String type = file.toString().endsWith(".html") ? "text/html" : "text/plain";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/articles"))
                .header("Content-Type", type)
                .header("X-API-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (!body.isObject()) {
            throw new IllegalStateException(file + ": " + response.statusCode() + " " + response.body());
        }
        return ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("httpStatus", response.statusCode());
    }

    /** The JSON of a GET that must answer 200. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Waits until the article is served with at least one observation, and returns it. */
    JsonNode awaitObservations(String articleId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "never answered";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = send("/api/articles/" + articleId);
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    JsonNode article = JSON.readTree(response.body());
                    if (!article.path("observations").isEmpty()) {
                        return article;
                    }
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("article " + articleId + " not served with observations within " + timeout
                + "; last answer: " + last);
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
