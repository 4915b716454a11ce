package io.tuopin.ingest.service;

import io.tuopin.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches feeds and the pages their items link to. A configured feed is trusted (it may be
 * internal); a link found inside a feed is not: it is fetched only if {@link PublicAddressPolicy}
 * allows its address, and so is every redirect of either, followed by hand. Every download stops
 * at the ingest size limit and at the download time limit, headers and body together.
 */
@ApplicationScoped
public class PageFetcher {
    private static final String USER_AGENT = "tuopin-ingest/1.0 (+feed poller)";
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpClient client;
    private final Duration downloadTimeout;
    private final long maxBytes;
    private final PublicAddressPolicy policy;

    /** @param mediaType type/subtype without parameters; charset as declared in Content-Type, or null */
    public record Page(URI uri, byte[] body, String mediaType, String charset) {
    }

    @Inject
    public PageFetcher(IngestConfig config) {
        this(config.feeds().connectTimeout(), config.feeds().requestTimeout(),
                config.ingest().maxBodySize().asLongValue(),
                new PublicAddressPolicy(config.feeds().allowPrivate().orElse(List.of())));
    }

    PageFetcher(Duration connectTimeout, Duration downloadTimeout, long maxBytes, PublicAddressPolicy policy) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.downloadTimeout = downloadTimeout;
        this.maxBytes = maxBytes;
        this.policy = policy;
    }

    /** A link found inside a feed (or anywhere else not configured by the operator). */
    public Page fetch(URI uri) throws IOException {
        policy.check(uri);
        return follow(uri, null);
    }

    /** A feed the operator configured: its own host is trusted, redirects elsewhere are checked. */
    public Page fetchFeed(URI feed) throws IOException {
        return follow(feed, feed.getHost());
    }

    private Page follow(URI start, String trustedHost) throws IOException {
        long deadline = System.nanoTime() + downloadTimeout.toNanos();
        URI uri = start;
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(uri, deadline);
            if (!REDIRECTS.contains(response.statusCode())) {
                return page(uri, response);
            }
            if (hop == MAX_REDIRECTS) {
                throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + start);
            }
            uri = redirectTarget(uri, response.headers());
            if (trustedHost == null || !trustedHost.equalsIgnoreCase(uri.getHost())) {
                try {
                    policy.check(uri);
                } catch (IOException e) {
                    throw new IOException("redirect from " + start + " refused: " + e.getMessage(), e);
                }
            }
        }
    }

    private HttpResponse<byte[]> send(URI uri, long deadline) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(remaining(deadline, uri))
                .header("User-Agent", USER_AGENT).GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = client.sendAsync(request, this::cappedBody);
        try {
            return answer.get(remaining(deadline, uri).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IOException("downloading " + uri + " took longer than " + downloadTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException wrapped
                    ? wrapped.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException("fetching " + uri + " failed: " + cause, cause);
        }
    }

    private Duration remaining(long deadline, URI uri) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new IOException("downloading " + uri + " took longer than " + downloadTimeout.toSeconds() + " s");
        }
        return Duration.ofNanos(left);
    }

    private HttpResponse.BodySubscriber<byte[]> cappedBody(HttpResponse.ResponseInfo info) {
        if (REDIRECTS.contains(info.statusCode())) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(maxBytes, announced);
    }

    private static URI redirectTarget(URI from, HttpHeaders headers) throws IOException {
        String location = headers.firstValue("Location")
                .orElseThrow(() -> new IOException("redirect without Location from " + from));
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed redirect Location from " + from + ": " + location, e);
        }
    }

    private static Page page(URI uri, HttpResponse<byte[]> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        return new Page(uri, response.body(), contentType.map(PageFetcher::mediaTypeOf).orElse(null),
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

    /** Collects a body, giving up (and closing the connection) as soon as it passes the limit. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final long announced;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(long max, long announced) {
            this.max = max;
            this.announced = announced;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (announced > max) {
                tooLarge(" (" + announced + " bytes)");
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > max) {
                    tooLarge("");
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        private void tooLarge(String size) {
            subscription.cancel();
            result.completeExceptionally(new IOException("the page" + size + " is larger than the limit of " + max
                    + " bytes (tuopin.ingest.max-body-size)"));
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
