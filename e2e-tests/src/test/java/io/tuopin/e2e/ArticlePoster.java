package io.tuopin.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Posts articles to ingest-service replicas directly (no balancer) with a number of concurrent
 * clients, each taking the next article and the next replica in turn. A refused or failed post
 * (503 while the broker is away, a killed replica) is retried on the next replica after a pause,
 * until it is accepted or a deadline passes, so that every article ends up accepted once.
 */
final class ArticlePoster {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Integer> ingestPorts;
    private final AtomicInteger nextPort = new AtomicInteger();

    /** When each article (by id) was acknowledged by ingest, in {@link System#nanoTime()}. */
    final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    final AtomicLong acceptedChars = new AtomicLong();
    final AtomicInteger retries = new AtomicInteger();

    ArticlePoster(List<Integer> ingestPorts) {
        this.ingestPorts = List.copyOf(ingestPorts);
    }

    /** Posts every variant; {@code progress} hears the number accepted so far after each acceptance. */
    void postAll(List<ArticleVariants.Variant> variants, int clients, IntConsumer progress) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < variants.size(); i = next.getAndIncrement()) {
                        post(variants.get(i));
                        progress.accept(accepted.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void post(ArticleVariants.Variant variant) throws Exception {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (true) {
            int port = ingestPorts.get(Math.floorMod(nextPort.getAndIncrement(), ingestPorts.size()));
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/articles"))
                        .header("Content-Type", variant.contentType())
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(variant.body())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202 || response.statusCode() == 200) {
                    String id = JSON.readTree(response.body()).path("id").asText();
                    if (acceptedAt.putIfAbsent(id, System.nanoTime()) == null) {
                        acceptedChars.addAndGet(variant.text().length());
                    }
                    return;
                }
                if (response.statusCode() != 503) {
                    throw new IllegalStateException(variant.name() + ": ingest answered " + response.statusCode()
                            + " " + response.body());
                }
            } catch (IOException e) {
                // a replica that is gone: the next one takes it
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(variant.name() + " was not accepted within " + GIVE_UP);
            }
            retries.incrementAndGet();
            Thread.sleep(200);
        }
    }
}
