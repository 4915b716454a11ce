package io.tuopin.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The article id: the same text in any encoding or spacing is one article. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** First 128 bits of SHA-256 over the decoded text with every whitespace run collapsed to one space. */
    public static String of(String decodedText) {
        String normalised = decodedText.strip().replaceAll("[\\s\\u3000\\u00a0]+", " ");
        return sha256Hex(normalised).substring(0, 32);
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
