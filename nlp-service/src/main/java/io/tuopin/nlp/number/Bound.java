package io.tuopin.nlp.number;

import java.util.List;

/**
 * A figure stated as a bound: 小于40万 (lt), 不超过5万元 (le), 超过2000户 (gt), 95%以上 and 不少于 (ge).
 * Chinese usage: 以上/以下/以内 include the figure, 超过/不到/不足/低于 exclude it. The word stands
 * right before the figure (了 and spaces allowed after it) or right after it.
 */
public enum Bound {
    LT("lt"), LE("le"), GT("gt"), GE("ge");

    private record Word(String text, Bound bound) {
    }

    /** Longest first within each side, so 不超过 is read before 超过 and 大于等于 before 大于. */
    private static final List<Word> BEFORE = List.of(
            new Word("小于或等于", LE), new Word("大于或等于", GE), new Word("小于等于", LE), new Word("大于等于", GE),
            new Word("不超过", LE), new Word("不高于", LE), new Word("不多于", LE), new Word("不大于", LE),
            new Word("不少于", GE), new Word("不低于", GE), new Word("不小于", GE),
            new Word("超过", GT), new Word("高于", GT), new Word("多于", GT), new Word("大于", GT),
            new Word("不到", LT), new Word("不足", LT), new Word("不满", LT), new Word("未满", LT), new Word("未达", LT),
            new Word("少于", LT), new Word("低于", LT), new Word("小于", LT),
            new Word("至多", LE), new Word("最多", LE), new Word("至少", GE), new Word("最少", GE),
            new Word("逾", GT), new Word("超", GT), new Word("≤", LE), new Word("≥", GE), new Word("<", LT), new Word(">", GT));
    private static final List<Word> AFTER = List.of(
            new Word("及以上", GE), new Word("或以上", GE), new Word("及以下", LE), new Word("或以下", LE),
            new Word("以上", GE), new Word("以下", LE), new Word("以内", LE), new Word("之内", LE));

    private final String key;

    Bound(String key) {
        this.key = key;
    }

    /** lt, le, gt or ge: the quantity's {@code bound} field. */
    public String key() {
        return key;
    }

    /** The bound a comparison word right before {@code start} or right after {@code end} states, or null. */
    static Bound around(String folded, int start, int end) {
        int before = skipBack(folded, start);
        for (Word w : BEFORE) {
            if (before >= w.text().length() && folded.startsWith(w.text(), before - w.text().length())) {
                return w.bound();
            }
        }
        for (Word w : AFTER) {
            if (folded.startsWith(w.text(), end)) {
                return w.bound();
            }
        }
        return null;
    }

    /** Back over spaces and the particle 了 (超过了5万元). */
    private static int skipBack(String s, int p) {
        int q = p;
        while (q > 0 && (NumeralChars.isSpace(s.charAt(q - 1)) || s.charAt(q - 1) == '了') && p - q < 3) {
            q--;
        }
        return q;
    }
}
