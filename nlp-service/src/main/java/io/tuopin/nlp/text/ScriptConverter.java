package io.tuopin.nlp.text;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional to simplified with HanLP's converter, character-aligned so the offset map stays
 * exact: a line is converted as a whole (phrase-aware) when that keeps its length, else character
 * by character.
 */
final class ScriptConverter {
    static final String SIMPLIFIED = "simplified";
    static final String TRADITIONAL = "traditional";
    private static final double TRADITIONAL_SHARE = 0.05;
    private static final int TRADITIONAL_MIN = 3;
    private static final String ZHU_AFTER = "名作称述录者书";
    private static final String ZHU_BEFORE = "显昭卓编原论巨专名合土遗新拙大";

    record Converted(MappedText text, String script) {
    }

    Converted convert(MappedText in) {
        MappedText.Builder out = MappedText.builder(in.length());
        int changed = 0;
        int lineStart = 0;
        while (lineStart < in.length()) {
            int lineEnd = in.text().indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? in.length() : lineEnd + 1;
            if (!TraditionalChars.anyIn(in.text(), lineStart, lineEnd)) {
                out.append(in, lineStart, lineEnd); // HanLP would hand it back unchanged
                lineStart = lineEnd;
                continue;
            }
            String line = in.text().substring(lineStart, lineEnd);
            String simplified = simplify(line);
            if (simplified.equals(line)) { // a trigger that stays in its context (反覆 converts, 覆 alone does not)
                out.append(in, lineStart, lineEnd);
                lineStart = lineEnd;
                continue;
            }
            for (int k = 0; k < line.length(); k++) {
                char c = simplified.charAt(k);
                changed += c != line.charAt(k) ? 1 : 0;
                out.replace(in, lineStart + k, c);
            }
            lineStart = lineEnd;
        }
        MappedText converted = out.build();
        boolean traditional = changed >= TRADITIONAL_MIN && changed >= TRADITIONAL_SHARE * hanCount(converted);
        return new Converted(traditional ? particleZhe(converted) : converted, traditional ? TRADITIONAL : SIMPLIFIED);
    }

    /**
     * Traditional 著 is both the particle (simplified 着: 貼著, 著力) and "to write, notable" (著名,
     * 著作, 显著); HanLP keeps 著 for both. In traditional input it becomes 着 unless a
     * word of the second kind shows.
     */
    private static MappedText particleZhe(MappedText in) {
        if (in.text().indexOf('著') < 0) {
            return in;
        }
        MappedText.Builder out = MappedText.builder(in.length());
        for (int i = 0; i < in.length(); i++) {
            boolean zhe = in.charAt(i) == '著'
                    && (i + 1 >= in.length() || ZHU_AFTER.indexOf(in.charAt(i + 1)) < 0)
                    && (i == 0 || ZHU_BEFORE.indexOf(in.charAt(i - 1)) < 0);
            if (zhe) {
                out.replace(in, i, '着');
            } else {
                out.appendFrom(in, i);
            }
        }
        return out.build();
    }

    private static int hanCount(MappedText text) {
        int han = 0;
        for (char c : text.text().toCharArray()) { // a copy: C1 checks the bounds of every String.charAt
            han += Chars.isHan(c) ? 1 : 0;
        }
        return han;
    }

    /** Same length as the input, always. */
    static String simplify(String line) {
        if (!TraditionalChars.anyIn(line, 0, line.length())) {
            return line; // HanLP would hand it back unchanged; CharPlausibility asks this for every Han character it scores
        }
        String whole = HanLP.convertToSimplifiedChinese(line);
        if (whole.length() == line.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(line.charAt(i)));
            out.append(one.length() == 1 ? one.charAt(0) : line.charAt(i));
        }
        return out.toString();
    }
}
