package io.tuopin.gateway.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small stand-in for metrics-service's read API over the data in {@code fake-metrics/}
 * (our own sample articles and figures). It can be made slow or failing, and remembers the last
 * query it was sent.
 */
public final class FakeMetricsService {
    private static final Pattern REGION = Pattern.compile("/api/regions/(\\d+)");
    private static final Pattern SERIES = Pattern.compile("/api/regions/(\\d+)/observations");
    private static final Pattern ARTICLE = Pattern.compile("/api/articles/(\\w+)");
    private static final List<String> DETAIL_ONLY = List.of("author", "text", "entities", "metricsExtractorVersion",
            "metricsProcessedAt", "observations");

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private volatile long delayMillis;
    private volatile boolean failing;
    private volatile String lastQuery;
    private volatile int requests;

    public FakeMetricsService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    public void setDelayMillis(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    public void setFailing(boolean failing) {
        this.failing = failing;
    }

    public String lastQuery() {
        return lastQuery;
    }

    public int requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests++;
        lastQuery = exchange.getRequestURI().getRawQuery();
        try (exchange) {
            pause();
            if (failing) {
                send(exchange, 500, "text/plain", "java.sql.SQLException: connection to db.internal:5432 refused");
                return;
            }
            JsonNode answer = route(exchange.getRequestURI().getPath(), query(exchange));
            if (answer == null) {
                send(exchange, 404, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Not Found\","
                        + "\"status\":404,\"detail\":\"no region or article with that id\"}");
            } else {
                send(exchange, 200, "application/json", mapper.writeValueAsString(answer));
            }
        }
    }

    private JsonNode route(String path, Map<String, String> query) {
        Matcher matcher;
        if (path.equals("/api/regions")) {
            return page(load("regions.json"), region -> matchesRegion(region, query), query);
        } else if ((matcher = SERIES.matcher(path)).matches()) {
            String code = matcher.group(1);
            if (load("region-" + code + ".json") == null) {
                return null;
            }
            String indicator = query.get("indicator");
            return page(load("observations.json"), o -> o.at("/region/code").asText().equals(code)
                    && (indicator == null || o.path("indicator").asText().equals(indicator)), query);
        } else if ((matcher = REGION.matcher(path)).matches()) {
            return load("region-" + matcher.group(1) + ".json");
        } else if (path.equals("/api/articles")) {
            String region = query.get("region");
            return page(summaries(load("articles.json")), a -> region == null || a.at("/region/code").asText()
                    .startsWith(region.replaceAll("(00)+$", "")), query);
        } else if ((matcher = ARTICLE.matcher(path)).matches()) {
            String id = matcher.group(1);
            for (JsonNode article : load("articles.json")) {
                if (article.path("id").asText().equals(id)) {
                    return article;
                }
            }
            return null;
        } else if (path.equals("/api/indicators")) {
            return load("indicators.json");
        } else if (path.equals("/api/status")) {
            return load("status.json");
        }
        return null;
    }

    /** A list gives each article's summary, as metrics-service's {@code ArticleSummary}; the detail has the rest. */
    private ArrayNode summaries(JsonNode articles) {
        ArrayNode summaries = mapper.createArrayNode();
        articles.forEach(article -> {
            ObjectNode summary = article.deepCopy();
            summary.remove(DETAIL_ONLY);
            summaries.add(summary);
        });
        return summaries;
    }

    private static boolean matchesRegion(JsonNode region, Map<String, String> query) {
        String q = query.get("q");
        return (q == null || region.path("name").asText().contains(q) || region.path("code").asText().startsWith(q))
                && (query.get("level") == null || region.path("level").asText().equals(query.get("level")))
                && (query.get("parent") == null || region.path("parentCode").asText().equals(query.get("parent")));
    }

    private ObjectNode page(JsonNode all, Predicate<JsonNode> filter, Map<String, String> query) {
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        ArrayNode matching = mapper.createArrayNode();
        all.forEach(item -> {
            if (filter.test(item)) {
                matching.add(item);
            }
        });
        ArrayNode items = mapper.createArrayNode();
        for (int i = page * size; i < Math.min(matching.size(), (page + 1) * size); i++) {
            items.add(matching.get(i));
        }
        ObjectNode result = mapper.createObjectNode();
        result.set("items", items);
        return result.put("page", page).put("size", size).put("total", matching.size());
    }

    private JsonNode load(String name) {
        try (InputStream in = getClass().getResourceAsStream("/fake-metrics/" + name)) {
            return in == null ? null : mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
