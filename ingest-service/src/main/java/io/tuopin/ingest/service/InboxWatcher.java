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
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Ingests files dropped into the inbox folder through the same path as {@code POST /articles}, then
 * moves each to {@code done/} (accepted or duplicate) or {@code failed/} (with {@code <name>.reason.txt}).
 * A file is taken only when its size and modification time did not change between two polls, so
 * files still being written are left alone; dotfiles and {@code *.part}/{@code *.tmp} are ignored.
 * When the broker is down the file stays where it is and is tried again on a later poll.
 *
 * <p>Whoever can write to the inbox is not trusted further than a client of {@code POST /articles}:
 * symbolic links and other non-regular files are never opened but moved to {@code failed/}; a file
 * is opened without following links and its size checked before it is read; reason files are
 * created new, never written through an existing name; and any failure of one file moves that
 * file to {@code failed/} without stopping the watcher.
 */
@ApplicationScoped
public class InboxWatcher {
    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);
    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final String REASON_SUFFIX = ".reason.txt";
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final ArticleIngestService ingestService;
    private final Optional<Path> inbox;
    private final long maxBytes;
    private final Map<Path, FileState> lastSeen = new HashMap<>();

    private record FileState(long size, long modified, boolean regular) {
    }

    public InboxWatcher(ArticleIngestService ingestService, IngestConfig config) {
        this.ingestService = ingestService;
        this.inbox = config.inbox().enabled()
                ? config.inbox().dir().filter(dir -> !dir.isBlank()).map(Path::of)
                : Optional.empty();
        this.maxBytes = config.ingest().maxBodySize().asLongValue();
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
                process(dir, file, state);
            } else {
                current.put(file, state);
            }
        }
        lastSeen.clear();
        lastSeen.putAll(current);
    }

    private static List<Path> candidates(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> !Files.isDirectory(file, NO_FOLLOW)).filter(InboxWatcher::isFinished)
                    .sorted().toList();
        } catch (IOException e) {
            LOG.warnf("cannot list inbox %s: %s", dir, e.getMessage());
            return List.of();
        }
    }

    static boolean isFinished(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp") && !name.endsWith("~");
    }

    /** The file's own attributes (a link's, not its target's); null when it vanished. */
    private static FileState stateOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
            return new FileState(attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.isRegularFile());
        } catch (IOException e) {
            return null;
        }
    }

    private void process(Path dir, Path file, FileState state) {
        String name = file.getFileName().toString();
        try {
            IngestResult result = ingestService.ingest(submissionOf(file, state));
            LOG.infof("inbox file %s: %s %s", name, result.status(), result.id());
            moveTo(dir.resolve(DONE), file);
        } catch (BrokerUnavailableException e) {
            LOG.warnf("inbox file %s stays for a later poll: %s", name, e.getMessage());
        } catch (IngestRejectedException e) {
            fail(dir, file, e.title() + ": " + e.detail());
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            LOG.error("inbox file " + name + " failed", e);
            fail(dir, file, "unexpected error: " + e);
        }
    }

    private ArticleSubmission submissionOf(Path file, FileState state) throws IOException {
        String name = file.getFileName().toString();
        if (!state.regular()) {
            throw IngestRejectedException.badRequest("not-a-regular-file", "Not a regular file",
                    name + " is a symbolic link or a special file; only regular files are read, links are not followed");
        }
        BodyType type = BodyType.ofFileName(name).orElseThrow(() -> IngestRejectedException.badRequest(
                "unsupported-file-type", "Unsupported file type",
                "only .txt, .html, .htm and .json files are ingested; got " + name));
        return new ArticleSubmission(read(file), type, null, ArticleMetadata.NONE, Channel.INBOX);
    }

    /** Reads the file without following a link, refusing it before reading when it is above the limit. */
    private byte[] read(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > maxBytes) {
                throw new IngestRejectedException(413, "body-too-large", "Body too large",
                        "the file has " + size + " bytes; the limit is " + maxBytes + " (tuopin.ingest.max-body-size)");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // a file that shrank while being read ends early; one that grew is read up to its size at opening
            }
            return buffer.hasRemaining() ? Arrays.copyOf(buffer.array(), buffer.position()) : buffer.array();
        }
    }

    private static void fail(Path dir, Path file, String reason) {
        String name = file.getFileName().toString();
        LOG.warnf("inbox file %s failed: %s", name, reason);
        try {
            Path moved = moveTo(dir.resolve(FAILED), file);
            Files.writeString(moved.resolveSibling(moved.getFileName() + REASON_SUFFIX), reason + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            LOG.errorf("cannot move failed inbox file %s or write its reason: %s", name, e.getMessage());
        }
    }

    /**
     * Moves without overwriting or following links: a name that is taken there (as a file, a link
     * or a planted reason file) gets a timestamp prefix.
     */
    private static Path moveTo(Path folder, Path file) throws IOException {
        if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, NO_FOLLOW)) {
            throw new IOException(folder + " is not a plain folder; refusing to move files into it");
        }
        Path target = folder.resolve(file.getFileName());
        if (taken(target)) {
            target = folder.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        return Files.move(file, target);
    }

    private static boolean taken(Path target) {
        return Files.exists(target, NO_FOLLOW)
                || Files.exists(target.resolveSibling(target.getFileName() + REASON_SUFFIX), NO_FOLLOW);
    }
}
