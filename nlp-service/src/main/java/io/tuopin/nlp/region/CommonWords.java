package io.tuopin.nlp.region;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/** What HanLP's core dictionary says about a word: a common word, a place, a function word. */
final class CommonWords {
    /** Pronouns, time words, adverbs, conjunctions, prepositions, particles: never inside a name. */
    private static final String FUNCTION_NATURES = "rtdcpuye";

    private CommonWords() {
    }

    /** A dictionary word none of whose readings is a place (和平, 城关 are words; 汾西 is no word). */
    static boolean isCommonWord(String word) {
        return CoreDictionary.get(word) != null && !anyNature(word, "ns");
    }

    /** A dictionary word that is only ever a function word (其中, 目前, 已经, 同时, 只有). */
    static boolean isFunctionWord(String word) {
        return allNatures(word, FUNCTION_NATURES);
    }

    /** A dictionary word that may be a quantity (大多数, 部分, 全部, 一些). */
    static boolean isQuantityWord(String word) {
        return anyNature(word, "m");
    }

    /** A dictionary word that is only a pronoun or a verb (该村, 各村, 本村, 包村). */
    static boolean isPronounOrVerb(String word) {
        return allNatures(word, "rv");
    }

    /** A dictionary word that is only ever a verb or a function word (办起, 只有). */
    static boolean isVerbOrFunctionWord(String word) {
        return allNatures(word, FUNCTION_NATURES + "vl");
    }

    /** How many characters of the word HanLP's dictionary has never seen alone (mojibake is mostly such). */
    static int unseenCharacters(String word) {
        int unseen = 0;
        for (int i = 0; i < word.length(); i++) {
            if (CoreDictionary.getTermFrequency(String.valueOf(word.charAt(i))) == 0) {
                unseen++;
            }
        }
        return unseen;
    }

    /** Whether the text is a run of dictionary words of two characters or more (大山深处: 大山 深处). */
    static boolean isWords(String text) {
        boolean[] reachable = new boolean[text.length() + 1];
        reachable[0] = true;
        for (int end = 2; end <= text.length(); end++) {
            for (int start = end - 2; start >= 0 && !reachable[end]; start--) {
                reachable[end] = reachable[start] && CoreDictionary.contains(text.substring(start, end));
            }
        }
        return reachable[text.length()];
    }

    /** Whether one reading of the dictionary word has a nature starting with the prefix. */
    private static boolean anyNature(String word, String prefix) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allNatures(String word, String firstLetters) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            String name = nature.toString();
            if (name.isEmpty() || firstLetters.indexOf(name.charAt(0)) < 0) {
                return false;
            }
        }
        return true;
    }
}
