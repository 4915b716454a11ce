package io.tuopin.ingest.service;

import static io.tuopin.ingest.support.RawTopicProbe.article;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.RawArticle;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.SampleTexts;
import io.tuopin.kafka.local.KafkaTestResource;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class InboxWatcherTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "tuopin.inbox.dir")
    String inboxDir;

    private Path inbox;
    private RawTopicProbe probe;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Path.of(inboxDir);
        for (Path folder : new Path[] {inbox, inbox.resolve("done"), inbox.resolve("failed")}) {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Files.delete(file); // left over from an earlier run
                }
            }
        }
        probe = RawTopicProbe.fromNow();
    }

    @AfterEach
    void closeProbe() {
        probe.close();
    }

    @Test
    void droppedFileIsIngestedMovedToDoneAndItsTwinCountsAsDuplicate() throws IOException {
        String id = ArticleIds.of(SampleTexts.INBOX_ARTICLE);
        Path partial = inbox.resolve("白云村简报.txt.part");
        Files.write(partial, SampleTexts.INBOX_ARTICLE.getBytes(Charset.forName("GBK")));
        Files.move(partial, inbox.resolve("白云村简报.txt"));
        Path stillWriting = Files.writeString(inbox.resolve("下载中.html.part"), "<p>未写完", StandardCharsets.UTF_8);

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/白云村简报.txt")));

        RawArticle raw = article(probe.recordsWithKey(id).get(0));
        assertEquals("inbox", raw.channel());
        assertEquals("GB18030", raw.charset());
        assertEquals(SampleTexts.INBOX_ARTICLE, raw.content());
        assertTrue(Files.exists(stillWriting), "a .part file is never taken");

        Files.writeString(inbox.resolve("白云村简报-副本.txt"), SampleTexts.INBOX_ARTICLE + "\n", StandardCharsets.UTF_8);
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/白云村简报-副本.txt")));
        assertEquals(1, probe.recordsWithKey(id).size(), "the duplicate publishes nothing");
        Files.delete(stillWriting);
    }

    @Test
    void undecodableFileGoesToFailedWithTheReasonBesideIt() throws IOException {
        Files.write(inbox.resolve("扫描件.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10});
        Files.writeString(inbox.resolve("报表.xlsx"), "not an article", StandardCharsets.UTF_8);

        Path reason = inbox.resolve("failed/扫描件.txt.reason.txt");
        await().atMost(WAIT).until(() -> Files.exists(reason) && Files.exists(inbox.resolve("failed/报表.xlsx.reason.txt")));

        assertTrue(Files.exists(inbox.resolve("failed/扫描件.txt")));
        assertTrue(Files.readString(reason).startsWith("Undecodable text: "), Files.readString(reason));
        assertTrue(Files.readString(inbox.resolve("failed/报表.xlsx.reason.txt")).contains(".txt, .html, .htm and .json"));
        assertTrue(probe.readToEnd().stream().noneMatch(r -> "inbox".equals(article(r).channel())));
    }

    @Test
    void aSymbolicLinkIsNotFollowedButMovedToFailed() throws IOException {
        Path outside = Files.writeString(Path.of("target/outside-the-inbox.txt"), SampleTexts.INBOX_LINK_TARGET,
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(inbox.resolve("捷径.txt"), outside.toAbsolutePath());

        Path reason = inbox.resolve("failed/捷径.txt.reason.txt");
        await().atMost(WAIT).until(() -> Files.exists(reason));

        assertTrue(Files.isSymbolicLink(inbox.resolve("failed/捷径.txt")), "the link itself is moved, not its target");
        assertTrue(Files.readString(reason).contains("symbolic link"), Files.readString(reason));
        assertEquals(SampleTexts.INBOX_LINK_TARGET, Files.readString(outside), "the target is untouched");
        assertTrue(probe.recordsWithKey(ArticleIds.of(SampleTexts.INBOX_LINK_TARGET)).isEmpty(),
                "a linked file is never published");
    }

    @Test
    void aReasonFilePlantedAsALinkIsNotWrittenThrough() throws IOException {
        Path victim = Files.writeString(Path.of("target/victim.txt"), "unchanged\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(inbox.resolve("failed/坏文件.txt.reason.txt"), victim.toAbsolutePath());
        Files.write(inbox.resolve("坏文件.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, 0x00, 0x00});

        await().atMost(WAIT).until(() -> !Files.exists(inbox.resolve("坏文件.txt")));
        await().atMost(WAIT).until(() -> reasonFilesOf("坏文件.txt").stream().anyMatch(Files::isRegularFile));

        assertEquals("unchanged\n", Files.readString(victim));
    }

    @Test
    void aFileAboveTheLimitIsRefusedUnreadAndLaterFilesStillGoThrough() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(inbox.resolve("巨大.txt").toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // 3 GiB, more than any array can hold
        }
        Path reason = inbox.resolve("failed/巨大.txt.reason.txt");
        await().atMost(WAIT).until(() -> Files.exists(reason));
        assertTrue(Files.readString(reason).contains("65536"), Files.readString(reason));

        Files.writeString(inbox.resolve("后来的.txt"), SampleTexts.INBOX_AFTER_HUGE, StandardCharsets.UTF_8);
        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve("done/后来的.txt")));
    }

    @Test
    void anArticleTooLargeForItsRecordGoesToFailedInsteadOfWaitingForever() throws IOException {
        // under the 64 KiB file limit as GBK, above it as the stored UTF-8 record
        Files.write(inbox.resolve("长文.txt"), "脱贫".repeat(15_000).getBytes(Charset.forName("GBK")));

        Path reason = inbox.resolve("failed/长文.txt.reason.txt");
        await().atMost(WAIT).until(() -> Files.exists(reason));
        assertTrue(Files.readString(reason).contains("too large"), Files.readString(reason));
    }

    private List<Path> reasonFilesOf(String name) throws IOException {
        try (Stream<Path> files = Files.list(inbox.resolve("failed"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(name + ".reason.txt")).toList();
        }
    }
}
