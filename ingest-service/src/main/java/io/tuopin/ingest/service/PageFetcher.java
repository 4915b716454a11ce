package io.tuopin.ingest.service;

import io.tuopin.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Fetches feeds and article pages over HTTP with bounded timeouts. */
@ApplicationScoped
public class PageFetcher {
    private static final String USER_AGENT = "tuopin-ingest/1.0 (+feed poller)";

    private final HttpClient client;
    private final Duration requestTimeout;

    /** @param mediaType type/subtype without parameters; charset as declared in Content-Type, or null */
    public record Page(URI uri, byte[] body, String mediaType, String charset) {
    }

    public PageFetcher(IngestConfig config) {
        this.requestTimeout = config.feeds().requestTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.feeds().connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Page fetch(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("User-Agent", USER_AGENT).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        return new Page(response.uri(), response.body(), contentType.map(PageFetcher::mediaTypeOf).orElse(null),
                contentType.map(PageFetcher::charsetOf).orElse(null));
    }

    static String mediaTypeOf(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    static String charsetOf(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return pair[1].trim().replace("\"", "");
            }
        }
        return null;
    }
}
