package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.ingest.support.FeedServer;
import io.tuopin.kafka.local.KafkaTestResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Links inside feeds are not trusted: ingest fetches them only over http(s), only from public
 * addresses (or the test's allowed host name {@code localhost}), re-checking every redirect, and
 * never more than the ingest limit (64 KiB in tests) or for longer than the download limit (3 s).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class FeedLinkSafetyTest {
    private static final String SECRET = "/internal/admin.html";

    @Inject
    PageFetcher fetcher;

    @Inject
    FeedPoller poller;

    private FeedServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new FeedServer();
        server.serve(SECRET, "text/html; charset=UTF-8", "<p>内部管理页面</p>".getBytes(StandardCharsets.UTF_8))
                .serve("/news/1.html", "text/html; charset=UTF-8", "<p>公开页面</p>".getBytes(StandardCharsets.UTF_8))
                .redirect("/moved", server.loopbackUri(SECRET))
                .serveChunked("/huge.txt", 4 * 1024 * 1024)
                .trickle("/slow.txt", 60, 200);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aLinkToALoopbackAddressIsRefusedBeforeAnyRequest() {
        IOException refused = assertThrows(IOException.class, () -> fetcher.fetch(server.loopbackUri(SECRET)));
        assertTrue(refused.getMessage().contains("127.0.0.1"), refused.getMessage());
        assertEquals(0, server.hits(SECRET));
    }

    @Test
    void aRedirectToALoopbackAddressIsNotFollowed() {
        IOException refused = assertThrows(IOException.class, () -> fetcher.fetch(server.uri("/moved")));
        assertTrue(refused.getMessage().contains("redirect"), refused.getMessage());
        assertEquals(1, server.hits("/moved"));
        assertEquals(0, server.hits(SECRET));
    }

    @Test
    void cloudMetadataAndOtherSchemesAreRefused() {
        for (String link : new String[] {"http://169.254.169.254/latest/meta-data/", "http://[::1]:9/",
                "http://10.0.0.1/", "http://0.0.0.0:8080/", "file:///etc/passwd", "ftp://example.org/a.txt"}) {
            assertThrows(IOException.class, () -> fetcher.fetch(URI.create(link)), link);
        }
    }

    @Test
    void anAllowedHostIsFetched() throws IOException {
        assertEquals("<p>公开页面</p>", new String(fetcher.fetch(server.uri("/news/1.html")).body(), StandardCharsets.UTF_8));
    }

    @Test
    void aPageIsReadOnlyUpToTheIngestLimit() {
        IOException tooLarge = assertThrows(IOException.class, () -> fetcher.fetch(server.uri("/huge.txt")));
        assertTrue(tooLarge.getMessage().contains("65536"), tooLarge.getMessage());
    }

    @Test
    void aDownloadThatOutlastsTheLimitIsAbandoned() {
        IOException slow = assertThrows(IOException.class, () -> fetcher.fetch(server.uri("/slow.txt")));
        assertTrue(slow.getMessage().contains("3 s"), slow.getMessage());
    }

    @Test
    void aFeedItemLinkingInsideIsCountedAsFailedAndNothingIsFetched() throws IOException {
        server.serve("/feed.xml", "application/rss+xml; charset=UTF-8", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>可信的订阅源</title>
                  <item><title>甲</title><link>%s</link><description>短</description></item>
                  <item><title>乙</title><link>%s</link><description>短</description></item>
                </channel></rss>
                """.formatted(server.loopbackUri(SECRET), server.uri("/moved")).getBytes(StandardCharsets.UTF_8));

        assertEquals(new FeedPoller.PollResult(0, 0, 0, 2), poller.poll(server.uri("/feed.xml")));
        assertEquals(0, server.hits(SECRET));
    }
}
