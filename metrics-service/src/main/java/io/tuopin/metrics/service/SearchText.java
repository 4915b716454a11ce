package io.tuopin.metrics.service;

import com.hankcs.hanlp.HanLP;

/** Stored names and texts are simplified Chinese; a search typed in traditional script finds them too. */
public final class SearchText {
    private SearchText() {
    }

    public static String simplified(String text) {
        return text == null ? null : HanLP.convertToSimplifiedChinese(text);
    }
}
