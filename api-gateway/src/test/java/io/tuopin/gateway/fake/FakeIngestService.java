package io.tuopin.gateway.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stand-in for ingest-service's {@code POST /articles}: 202 for a new body, 200 duplicate for
 * a known one, 415 for a type it does not take. It remembers what it last received.
 */
public final class FakeIngestService {
    private final HttpServer server;
    private final Set<String> known = new HashSet<>();
    private volatile String lastContentType;
    private volatile String lastApiKey;
    private volatile byte[] lastBody;

    public FakeIngestService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/articles", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    public String lastContentType() {
        return lastContentType;
    }

    public String lastApiKey() {
        return lastApiKey;
    }

    public byte[] lastBody() {
        return lastBody;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            lastContentType = exchange.getRequestHeaders().getFirst("Content-Type");
            lastApiKey = exchange.getRequestHeaders().getFirst("X-API-Key");
            lastBody = exchange.getRequestBody().readAllBytes();
            String type = lastContentType == null ? "" : lastContentType;
            if (!type.startsWith("application/json") && !type.startsWith("text/plain") && !type.startsWith("text/html")) {
                FakeMetricsService.send(exchange, 415, "application/problem+json", "{\"type\":\"about:blank\","
                        + "\"title\":\"Unsupported Media Type\",\"status\":415,\"detail\":\"unsupported content type " + type + "\"}");
                return;
            }
            String id = sha256(lastBody).substring(0, 32);
            boolean fresh = known.add(id);
            FakeMetricsService.send(exchange, fresh ? 202 : 200, "application/json",
                    "{\"id\":\"" + id + "\",\"status\":\"" + (fresh ? "accepted" : "duplicate") + "\"}");
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
