package io.tuopin.nlp.entity;

/**
 * Keeps organisation names that look like names: Han characters only (so a figure such as
 * 人口14109户40779人 is never swallowed), four to twenty of them, ending in an organisation suffix;
 * a generic tail after the suffix (…有限公司生产车间) is cut off.
 * Written as loops, not as the regexes {@code ^\p{IsHan}{0,18}(?:SUFFIX)$} and
 * {@code ^(\p{IsHan}{2,18}?(?:SUFFIX))} it once used: counted in code points as those are, the
 * suffixes tried in the order of {@link #SUFFIX}.
 */
final class OrganizationFilter {
    static final String SUFFIX = "扶贫开发办公室|领导小组办公室|办公室|扶贫办|有限责任公司|有限公司|股份公司|公司|专业合作社|合作社|集团|医院|卫生院|学校|"
            + "大学|学院|中学|小学|银行|信用社|人民政府|政府|县委|市委|区委|州委|省委|党委|党支部|委员会|协会|基金会|研究院|研究所|"
            + "总局|局|厅|党中央|国务院|日报社|日报|报社|电视台|新闻网";
    private static final String[] SUFFIXES = SUFFIX.split("\\|");
    private static final int MAX_HAN_BEFORE_SUFFIX = 18;
    private static final int MIN_HAN_BEFORE_ENDING = 2;
    private static final int MIN = 3;

    /** The organisation name within {@code candidate} (possibly shortened), or null. */
    String accept(String candidate) {
        if (isExact(candidate)) {
            return candidate.length() >= MIN ? candidate : null;
        }
        int end = endingEnd(candidate);
        String best = end < 0 ? null : candidate.substring(0, end);
        return best != null && best.length() >= 4 && PersonFilter.allIdeographic(best) ? best : null;
    }

    /** Up to 18 Han code points and a suffix, nothing else. */
    private static boolean isExact(String candidate) {
        for (String suffix : SUFFIXES) {
            if (candidate.endsWith(suffix) && hanRun(candidate, 0, candidate.length() - suffix.length(), MAX_HAN_BEFORE_SUFFIX)
                    == candidate.length() - suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** The end of the shortest start of two to 18 Han code points and a suffix, or -1. */
    private static int endingEnd(String candidate) {
        int p = 0;
        for (int han = 0; han <= MAX_HAN_BEFORE_SUFFIX; han++) {
            if (han >= MIN_HAN_BEFORE_ENDING) {
                int suffix = suffixAt(candidate, p, candidate.length());
                if (suffix > 0) {
                    return p + suffix;
                }
            }
            int next = hanRun(candidate, p, candidate.length(), 1);
            if (next == p) {
                return -1;
            }
            p = next;
        }
        return -1;
    }

    /**
     * Where a run of at most {@code max} Han code points from {@code from} ends, reading no further
     * than {@code limit}.
     */
    private static int hanRun(String s, int from, int limit, int max) {
        int p = from;
        for (int n = 0; n < max && p < limit; n++) {
            int cp = codePointAt(s, p, limit);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                break;
            }
            p += Character.charCount(cp);
        }
        return p;
    }

    /** The length of the first suffix (in the order of {@link #SUFFIX}) at {@code at} ending by {@code limit}, or 0. */
    static int suffixAt(String s, int at, int limit) {
        for (String suffix : SUFFIXES) {
            if (at + suffix.length() <= limit && s.startsWith(suffix, at)) {
                return suffix.length();
            }
        }
        return 0;
    }

    /** The code point at {@code i} as a regex over [.., limit) reads it: a surrogate pair cut by the limit is not one. */
    static int codePointAt(String s, int i, int limit) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.toCodePoint(c, s.charAt(i + 1));
        }
        return c;
    }
}
