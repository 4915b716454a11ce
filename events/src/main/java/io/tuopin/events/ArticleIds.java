package io.tuopin.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The article id: the same text in any encoding or spacing is one article. */
public final class ArticleIds {
    /** One per thread, reset by each digest: a provider look-up ({@code getInstance}) per id costs more than the hash. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ArticleIds::sha256);

    private ArticleIds() {
    }

    /** First 128 bits of SHA-256 over the decoded text with every whitespace run collapsed to one space. */
    public static String of(String decodedText) {
        return sha256Hex(collapseSpaces(decodedText.strip())).substring(0, 32);
    }

    /**
     * Every run of spaces as one ' ' (what a regex replace of the class [\s, U+3000, U+00A0]+ does, written
     * out as a loop because it runs over every article and the regex costs several times more).
     */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                int end = i + 1;
                while (end < text.length() && isSpace(text.charAt(end))) {
                    end++;
                }
                out.append(text, copied, i).append(' ');
                copied = end;
                i = end - 1;
            }
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** What regex \s matches (space, tab to carriage return), the ideographic space and the no-break space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u3000' || c == '\u00a0';
    }

    public static String sha256Hex(String text) {
        byte[] digest = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
