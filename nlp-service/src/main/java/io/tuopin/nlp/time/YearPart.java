package io.tuopin.nlp.time;

/**
 * What a suffix after a year says: 年底/底 without a month is December ({@code month}); 上半年, 下半年
 * and quarters cover {@code firstMonth} to {@code lastMonth}; other suffixes (初, 中旬) add nothing.
 */
record YearPart(int month, int firstMonth, int lastMonth) {
    private static final YearPart NONE = new YearPart(0, 0, 0);

    static YearPart of(String suffix, boolean monthWritten) {
        if (suffix == null) {
            return NONE;
        }
        return switch (suffix) {
            case "年底", "年末" -> new YearPart(12, 0, 0);
            case "底", "末" -> monthWritten ? NONE : new YearPart(12, 0, 0);
            case "上半年" -> new YearPart(0, 1, 6);
            case "下半年" -> new YearPart(0, 7, 12);
            case "前三季度" -> new YearPart(0, 1, 9);
            default -> quarter(suffix);
        };
    }

    /** 一季度, 第二季度, 3季度. */
    private static YearPart quarter(String suffix) {
        if (!suffix.endsWith("季度")) {
            return NONE;
        }
        int q = "一二三四".indexOf(suffix.charAt(suffix.length() - 3)) + 1;
        if (q == 0) {
            q = suffix.charAt(suffix.length() - 3) - '0';
        }
        return q < 1 || q > 4 ? NONE : new YearPart(0, q * 3 - 2, q * 3);
    }
}
