package io.tuopin.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The article id: the same text in any encoding or spacing is one article. */
public final class ArticleIds {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    /** Cloned per use: a clone is cheap, a provider look-up ({@code getInstance}) per id is not. */
    private static final MessageDigest SHA_256 = sha256();

    private ArticleIds() {
    }

    /** First 128 bits of SHA-256 over the decoded text with every whitespace run collapsed to one space. */
    public static String of(String decodedText) {
        String normalised = SPACES.matcher(decodedText.strip()).replaceAll(" ");
        return sha256Hex(normalised).substring(0, 32);
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = ((MessageDigest) SHA_256.clone()).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JRE's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
