package io.tuopin.nlp.seeds;

import io.tuopin.nlp.number.SharedMaterials;
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
        return SharedMaterials.require("seeds");
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
}
