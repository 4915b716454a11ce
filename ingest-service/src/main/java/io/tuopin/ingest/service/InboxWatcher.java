package io.tuopin.ingest.service;

import io.quarkus.scheduler.Scheduled;
import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.ArticleMetadata;
import io.tuopin.ingest.domain.ArticleSubmission;
import io.tuopin.ingest.domain.BodyType;
import io.tuopin.ingest.domain.BrokerUnavailableException;
import io.tuopin.ingest.domain.Channel;
import io.tuopin.ingest.domain.IngestRejectedException;
import io.tuopin.ingest.domain.IngestResult;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Ingests files dropped into the inbox folder through the same path as {@code POST /articles}, then
 * moves each to {@code done/} (accepted or duplicate) or {@code failed/} (with {@code <name>.reason.txt}).
 * A file is taken only when its size and modification time did not change between two polls, so
 * files still being written are left alone; dotfiles and {@code *.part}/{@code *.tmp} are ignored.
 * When the broker is down the file stays where it is and is tried again on a later poll.
 */
@ApplicationScoped
public class InboxWatcher {
    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);
    static final String DONE = "done";
    static final String FAILED = "failed";

    private final ArticleIngestService ingestService;
    private final Optional<Path> inbox;
    private final Map<Path, FileState> lastSeen = new HashMap<>();

    private record FileState(long size, FileTime modified) {
    }

    public InboxWatcher(ArticleIngestService ingestService, IngestConfig config) {
        this.ingestService = ingestService;
        this.inbox = config.inbox().enabled()
                ? config.inbox().dir().filter(dir -> !dir.isBlank()).map(Path::of)
                : Optional.empty();
    }

    @PostConstruct
    void createFolders() throws IOException {
        if (inbox.isPresent()) {
            Files.createDirectories(inbox.get().resolve(DONE));
            Files.createDirectories(inbox.get().resolve(FAILED));
            LOG.infof("watching inbox %s", inbox.get().toAbsolutePath());
        }
    }

    @Scheduled(every = "${tuopin.inbox.interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        inbox.ifPresent(this::scan);
    }

    /** One pass over the folder: ingests the files that have stopped changing since the previous pass. */
    synchronized void scan(Path dir) {
        Map<Path, FileState> current = new HashMap<>();
        for (Path file : candidates(dir)) {
            FileState state = stateOf(file);
            if (state == null) {
                continue;
            }
            if (state.equals(lastSeen.get(file))) {
                process(dir, file);
            } else {
                current.put(file, state);
            }
        }
        lastSeen.clear();
        lastSeen.putAll(current);
    }

    private static List<Path> candidates(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(InboxWatcher::isFinished).sorted().toList();
        } catch (IOException e) {
            LOG.warnf("cannot list inbox %s: %s", dir, e.getMessage());
            return List.of();
        }
    }

    static boolean isFinished(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp") && !name.endsWith("~");
    }

    private static FileState stateOf(Path file) {
        try {
            return new FileState(Files.size(file), Files.getLastModifiedTime(file));
        } catch (IOException e) {
            return null; // vanished between listing and reading
        }
    }

    private void process(Path dir, Path file) {
        String name = file.getFileName().toString();
        try {
            IngestResult result = ingestService.ingest(submissionOf(file));
            LOG.infof("inbox file %s: %s %s", name, result.status(), result.id());
            moveTo(dir.resolve(DONE), file);
        } catch (BrokerUnavailableException e) {
            LOG.warnf("inbox file %s stays for a later poll: %s", name, e.getMessage());
        } catch (IngestRejectedException e) {
            fail(dir, file, e.title() + ": " + e.detail());
        } catch (IOException | RuntimeException e) {
            LOG.error("inbox file " + name + " failed", e);
            fail(dir, file, "unexpected error: " + e);
        }
    }

    private static ArticleSubmission submissionOf(Path file) throws IOException {
        String name = file.getFileName().toString();
        BodyType type = BodyType.ofFileName(name).orElseThrow(() -> IngestRejectedException.badRequest(
                "unsupported-file-type", "Unsupported file type",
                "only .txt, .html, .htm and .json files are ingested; got " + name));
        return new ArticleSubmission(Files.readAllBytes(file), type, null, ArticleMetadata.NONE, Channel.INBOX);
    }

    private static void fail(Path dir, Path file, String reason) {
        String name = file.getFileName().toString();
        LOG.warnf("inbox file %s failed: %s", name, reason);
        try {
            Path moved = moveTo(dir.resolve(FAILED), file);
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.errorf("cannot move failed inbox file %s: %s", name, e.getMessage());
        }
    }

    /** Moves without overwriting: a second file of the same name gets a timestamp suffix. */
    private static Path moveTo(Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        return Files.move(file, target);
    }
}
