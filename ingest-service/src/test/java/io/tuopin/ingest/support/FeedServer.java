package io.tuopin.ingest.support;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny local web server for feed tests: fixed documents by path, redirects, oversized and
 * endless answers, and how often each path was fetched. It listens on 127.0.0.1; {@link #uri}
 * names it {@code localhost}, the host name the test configuration allows to be fetched, while
 * {@link #loopbackUri} names it by its address, which no setting allows.
 */
public final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public FeedServer serve(String path, String contentType, byte[] body) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Answers with a 302 to {@code location}. */
    public FeedServer redirect(String path, URI location) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location.toString());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    /** Sends {@code size} bytes of text in chunks, without announcing a length. */
    public FeedServer serveChunked(String path, int size) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "扶贫".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // expected: the fetcher stops reading at its limit
            }
        });
    }

    /** Sends the headers at once, then one byte every {@code pauseMillis} for {@code bytes} bytes. */
    public FeedServer trickle(String path, int bytes, long pauseMillis) {
        return handle(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < bytes; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(pauseMillis);
                }
            } catch (IOException | InterruptedException clientGaveUp) {
                // expected: the fetcher gives up at its time limit
            }
        });
    }

    private FeedServer handle(String path, HttpHandler handler) {
        hits.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            hits.get(path).incrementAndGet();
            handler.handle(exchange);
        });
        return this;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    public URI loopbackUri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int hits(String path) {
        return hits.get(path).get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
