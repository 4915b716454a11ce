package io.tuopin.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The real articles in ../shared/seeds: skipped outside CI when absent, a failure under CI=true. */
final class Seeds {
    private Seeds() {
    }

    static List<Path> files(Path root) throws IOException {
        Path dir = root.resolve("../shared/seeds").normalize();
        if (!Files.isDirectory(dir)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but the seeds folder is missing: " + dir);
            }
            Assumptions.abort("no seeds folder at " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
