package io.tuopin.nlp.number;

/** Figures that look like quantities but are names, ordinals, idioms or contact numbers. */
final class QuantityFilters {
    private static final int SHORT_QUOTE = 8;

    private QuantityFilters() {
    }

    /** 第一, 第3批. */
    static boolean isOrdinal(String folded, int start) {
        return start > 0 && (folded.charAt(start - 1) == '第');
    }

    /** Inside a short quotation such as “三支队伍” or “5+1”: a name or a slogan, not a figure. */
    static boolean inShortQuote(String text, int start, int end) {
        int open = -1;
        for (int i = start - 1; i >= 0 && start - i <= SHORT_QUOTE; i--) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '"' || c == '《') {
                open = i;
                break;
            }
            if (c == '”' || c == '」' || c == '》' || c == '，' || c == '。') {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = end; i < text.length() && i - open <= SHORT_QUOTE + 2; i++) {
            char c = text.charAt(i);
            if (c == '”' || c == '」' || c == '"' || c == '》') {
                return true;
            }
            if (c == '“' || c == '，' || c == '。') {
                return false;
            }
        }
        return false;
    }

    /** 一村一品, 一户一策, 五个一批, 一个个: a lone Chinese numeral in a set phrase. */
    static boolean isIdiom(String folded, NumberMatch n, RecognizedQuantity q) {
        if (n.end() - n.start() != 1 || n.arabic()) {
            return false;
        }
        boolean one = folded.charAt(n.start()) == '一';
        boolean oneRightAfter = q.end() < folded.length() && folded.charAt(q.end()) == '一';
        boolean afterCounter = one && n.start() > 0 && folded.charAt(n.start() - 1) == '个';
        boolean oneBefore = one && n.start() >= 2 && folded.charAt(n.start() - 2) == '一';
        boolean reduplicated = q.end() < folded.length() && q.end() > n.end()
                && folded.charAt(q.end()) == folded.charAt(q.end() - 1);
        return oneRightAfter || afterCounter || oneBefore || reduplicated;
    }

    /** 千亩, 百亩 as a descriptor (千亩戈壁): a unit character with no digit before it. */
    static boolean isBareUnitChar(String folded, NumberMatch n) {
        return n.end() - n.start() == 1 && "百佰千仟".indexOf(folded.charAt(n.start())) >= 0;
    }

    /** 0433-8157607, ICP备12345678号, 400-800-1234: long digit strings joined by dashes or led by zero. */
    static boolean isPhoneLike(String folded, NumberMatch n) {
        if (!n.arabic()) {
            return false;
        }
        int digits = n.end() - n.start();
        boolean dashNear = (n.start() > 0 && "-—－".indexOf(folded.charAt(n.start() - 1)) >= 0)
                || (n.end() < folded.length() && "-—－".indexOf(folded.charAt(n.end())) >= 0);
        boolean leadingZero = folded.charAt(n.start()) == '0' && digits > 2 && folded.charAt(n.start() + 1) != '.';
        return leadingZero || (digits >= 7 && dashNear) || (n.start() >= 3 && folded.startsWith("备", n.start() - 1));
    }
}
