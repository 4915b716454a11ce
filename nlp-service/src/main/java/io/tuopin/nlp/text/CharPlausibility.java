package io.tuopin.nlp.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/** How ordinary a run of characters is: the mean log frequency of its Han characters in HanLP's core dictionary. */
final class CharPlausibility {
    private CharPlausibility() {
    }

    static double score(String s) {
        double sum = 0;
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Chars.isHan(c)) {
                han++;
                sum += Math.log10(1 + CoreDictionary.getTermFrequency(ScriptConverter.simplify(String.valueOf(c))));
            } else if (Chars.isCjkPunct(c)) {
                han++;
                sum += 3;
            }
        }
        return han == 0 ? 0 : sum / han;
    }
}
