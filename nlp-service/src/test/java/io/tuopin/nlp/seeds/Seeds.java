package io.tuopin.nlp.seeds;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real articles in {@code <repo root>/../shared/seeds}. Tests using them skip when the folder
 * is missing, except under CI=true, where a missing folder fails the run.
 */
public final class Seeds {
    private Seeds() {
    }

    public static Path folder() {
        Path dir = repoRoot().resolve("../shared/seeds").normalize();
        if (!Files.isDirectory(dir)) {
            dir = mainCheckout(repoRoot()).resolve("../shared/seeds").normalize();
        }
        if (!Files.isDirectory(dir)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("seed folder missing under CI=true: " + dir);
            }
            assumeTrue(false, "seed folder missing: " + dir);
        }
        return dir;
    }

    /** The file whose name starts with the prefix ("000", "001" ...). */
    public static Path file(String prefix) {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix + " in " + folder()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(String prefix) {
        try {
            return Files.readString(file(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In a git worktree (.git is a file naming the main repository's .git/worktrees/x), the main checkout. */
    static Path mainCheckout(Path root) {
        Path git = root.resolve(".git");
        try {
            if (Files.isRegularFile(git)) {
                String gitdir = Files.readString(git).strip().replaceFirst("^gitdir:\\s*", "");
                Path p = Path.of(gitdir);
                while (p != null && !p.getFileName().toString().equals(".git")) {
                    p = p.getParent();
                }
                return p == null ? root : p.getParent();
            }
        } catch (IOException e) {
            return root;
        }
        return root;
    }

    /** The folder holding the root pom (the module's parent when run from the module). */
    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir == null ? Path.of("").toAbsolutePath() : dir;
    }
}
