package io.tuopin.nlp.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Characters without which HanLP's traditional-to-simplified conversion changes nothing: for every
 * entry of its dictionary (t2s.txt) that converts to something else, one character every occurrence
 * of the entry holds (the first it changes: 覆 for 反覆→反复, 藉 for 藉端生事, although 覆 alone stays).
 * A line with none of them comes back from HanLP unchanged, so most lines of a simplified article
 * need no conversion at all.
 */
final class TraditionalChars {
    private static final BitSet CHARS = load(HanLP.Config.tcDictionaryRoot + "t2s.txt");

    private TraditionalChars() {
    }

    static boolean anyIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CHARS.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTrigger(char c) {
        return CHARS.get(c);
    }

    /** A character every occurrence of the entry holds: the first one it changes, else its first. */
    private static char representative(String from, String to) {
        if (from.length() == to.length()) {
            for (int i = 0; i < from.length(); i++) {
                if (from.charAt(i) != to.charAt(i)) {
                    return from.charAt(i);
                }
            }
        }
        return from.charAt(0);
    }

    private static BitSet load(String path) {
        BitSet chars = new BitSet(Character.MAX_VALUE + 1);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(IOUtil.newInputStream(path), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    String from = line.substring(0, eq);
                    String to = line.substring(eq + 1);
                    if (!from.equals(to)) {
                        chars.set(representative(from, to));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("HanLP's conversion dictionary " + path + " is unreadable", e);
        }
        return chars;
    }
}
