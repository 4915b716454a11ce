package io.tuopin.nlp.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Random texts made of given tokens, for the tests that compare new code with the expression it replaced. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** Up to {@code maxTokens} tokens, each drawn from the list. */
    public static String of(Random random, List<String> tokens, int maxTokens) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxTokens + 1); i > 0; i--) {
            b.append(tokens.get(random.nextInt(tokens.size())));
        }
        return b.toString();
    }

    /**
     * The runs of Han characters written in the old expressions: drawn into the texts, they keep a
     * word there that the new code might have lost.
     */
    public static List<String> hanWordsOf(List<Pattern> patterns) {
        List<String> words = new ArrayList<>();
        for (Pattern old : patterns) {
            for (String word : old.pattern().split("[^\\p{IsHan}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
