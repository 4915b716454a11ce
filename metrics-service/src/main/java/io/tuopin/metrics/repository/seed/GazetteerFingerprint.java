package io.tuopin.metrics.repository.seed;

import io.tuopin.gazetteer.Gazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A checksum of what the region seed is made of, computed without loading the gazetteer: its data
 * files, the class that derives short names, and the seed's own format. Any change re-runs the seed.
 */
final class GazetteerFingerprint {
    /** Raise when the seed writes rows differently. */
    private static final String SEED_FORMAT = "region-seed-1";
    private static final List<String> SOURCES = List.of(
            "/gazetteer/divisions.tsv.gz", "/gazetteer/aliases.tsv", "/io/tuopin/gazetteer/ShortNames.class");

    private GazetteerFingerprint() {
    }

    static int checksum() {
        MessageDigest sha = sha256();
        sha.update(SEED_FORMAT.getBytes(StandardCharsets.UTF_8));
        for (String source : SOURCES) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(source)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing from the classpath: " + source);
                }
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }
        return ByteBuffer.wrap(sha.digest()).getInt();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
