package io.tuopin.nlp.number;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared materials beside the repository ({@code <repo root>/../shared}); a git worktree
 * counts from its main checkout. Tests that need them skip when absent, but fail under CI=true.
 */
public final class SharedMaterials {
    private SharedMaterials() {
    }

    /** The folder {@code ../shared/<relative>}, or skip (fail under CI) when it is missing. */
    public static Path require(String relative) {
        Path dir = sharedRoot() == null ? null : sharedRoot().resolve(relative);
        if (dir == null || !Files.exists(dir)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but the shared materials are missing: ../shared/" + relative);
            }
            assumeTrue(false, "../shared/" + relative + " is absent; skipped outside CI");
        }
        return dir;
    }

    public static Path sharedRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return dir.resolveSibling("shared");
            }
            if (Files.isRegularFile(git)) {
                return mainCheckout(git, dir).resolveSibling("shared");
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** A worktree's .git file says {@code gitdir: <main>/.git/worktrees/<name>}. */
    private static Path mainCheckout(Path gitFile, Path worktree) {
        try {
            String line = Files.readString(gitFile).trim();
            Path gitDir = Path.of(line.substring("gitdir:".length()).trim());
            Path common = gitDir.getParent() != null && gitDir.getParent().endsWith("worktrees")
                    ? gitDir.getParent().getParent() : null;
            return common == null ? worktree : common.getParent();
        } catch (IOException | RuntimeException e) {
            return worktree;
        }
    }
}
