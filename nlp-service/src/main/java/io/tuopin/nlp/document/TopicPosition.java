package io.tuopin.nlp.document;

import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.pattern.RegexChars;
import io.tuopin.nlp.pattern.Words;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a region stands in a sentence: whether it is the sentence's topic (its subject, after any
 * time or source adverbial: 2018年以来，叶城县从…; 黄洋界下的神山村，曾是…; 放眼全省，…), and whether the
 * sentence hands the focus on to another region (…是忻州脱贫攻坚的一个缩影; 同样的变化也发生在昌都).
 */
final class TopicPosition {
    private static final String CLAUSE_ENDS = "，,；;：:。！？!?\n";
    /** Words after which a region is an object or a partner, not the subject (与石门县, 向贫困村, 来自, 占全省). */
    static final String[] RELATIONAL_BEFORE = {"与", "和", "同", "向", "对", "为", "给", "帮扶", "对口", "协作", "赴", "到", "来自",
        "比", "及", "跟", "联合", "支援", "援助", "占", "离", "距", "访问", "走访", "比较"};
    /** A region that names who acts for another place: 上海援疆干部, 哈尔滨银行, 山东援疆企业. */
    static final String[] ACTOR_AFTER = {"援", "籍", "企业", "集团", "公司", "银行", "日报", "晚报", "电视", "广播", "大学", "学院",
        "客商", "商会", "农商", "农信", "移动", "电信", "联通", "交投", "国投"};
    /** Once a topic is seen, these start the predicate: later regions are objects (全乡只有A村和B村). */
    private static final Pattern PREDICATE = Pattern.compile("有|是|为|位于|地处|坐落|辖|属于");
    /** Clauses that only set the time, the source or the circumstances: 2017年6月, 近年来, 据…消息, …以来, …后. */
    private static final Set<String> ADVERBIAL_WORDS = Set.of(
            "答", "问", "记者", "近年来", "近几年", "近年", "如今", "目前", "当前", "现在", "眼下", "同时", "此外", "另外", "与此同时");
    /** …以来, …之后, …显示: a clause ending so (or 据… opening it) sets the time or the source. */
    private static final String[] ADVERBIAL_ENDINGS = {
        "以来", "之后", "以后", "后", "期间", "之时", "时", "之初", "伊始", "下来", "显示", "表明", "介绍", "透露", "获悉", "了解到", "报道"};
    /** What may open a clause that holds nothing but a date. */
    static final String[] DATE_OPENERS = {"截至", "截止", "至", "到", "在", "从", "自", "于"};
    /** What a clause that holds nothing but a date consists of (besides \\s and ASCII digits). */
    private static final String DATE_CHARS = "年月日底末初上下半中旬季度第一二三四今去前明当同本至到—-－、";
    /** A clause that only frames its region: 放眼全省, 从全省看, 纵观全市, 就全县而言. */
    static final String[] FRAME_BEFORE = {"放眼", "纵观", "从", "就", "在", "看", "回看", "聚焦"};
    static final String[] FRAME_AFTER = {"看", "来看", "而言", "范围内", "层面", "情况", "的情况"};
    private static final int SKETCH_BEFORE_REACH = 10;
    private static final int SKETCH_AFTER_REACH = 20;
    static final String[] SCENE_BEFORE = {"发生在", "来到", "走进", "转到", "转向"};
    /** A news lead before the first sentence: 【山西静乐】, [泸溪], 本报讯（记者 李文）, 新华社兰州6月3日电. */
    private static final String LEAD_TAG = "(?:[【\\[〔［][^】\\]〕］]{1,16}[】\\]〕］]|本报讯|[^，。；]{0,12}\\d{1,2}月\\d{1,2}日电"
            + "|[（(](?:记者|通讯员)[^）)]{0,24}[）)])*";

    /**
     * What may stand before a subject in its clause: nothing, a connective, a modifier ending in 的
     * (黄洋界下的神山村, 同属百色市的田林县), or a word placing it next door (邻县通渭县); not a verb
     * (参加全市…对接会).
     */
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．](?!\\d)|[①-⑳])?"
                    + LEAD_TAG
                    + "(?:[在而其中另外同时就]{0,3}|[^，。；]*的[“”\"]?|(?:邻|临|近邻|相邻|隔壁|周边|兄弟)[县市区乡镇村])\\s*$");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?(?![\\d.年月日号时])");

    /** A topic stands in one of the first clauses (after adverbials); adverbials are short. */
    private static final int MAX_LEADING_CLAUSES = 4;
    private static final int MAX_ADVERBIAL = 40;
    private static final int SHIFT_REACH = 24;
    private static final int MAX_TITLE_MENTIONS = 16;

    private final String text;

    TopicPosition(String text) {
        this.text = text;
    }

    static int startOf(Object mention) {
        return mention instanceof RegionMention m ? m.start() : ((Anaphor) mention).start();
    }

    static int endOf(Object mention) {
        return mention instanceof RegionMention m ? m.end() : ((Anaphor) mention).end();
    }

    /**
     * The region mention or anaphor that is the sentence's topic, or null: in the first clause that
     * is not an adverbial, the last region named before its first figure, that is not a partner or
     * an actor for another place, before the predicate begins; a list of regions is no topic.
     */
    Object topicOf(Span sentence, List<Object> mentions) {
        int start = sentence.start();
        for (int clauses = 0; start < sentence.end() && clauses < MAX_LEADING_CLAUSES; clauses++) {
            int end = clauseEnd(start, sentence.end());
            String clause = text.substring(start, end).strip();
            Object framed = framed(start, end, mentions);
            if (framed != null) {
                return framed;
            }
            boolean adverbial = clause.length() <= MAX_ADVERBIAL
                    && (isAdverbial(clause) || isDateOnly(clause));
            if (!clause.isEmpty() && !adverbial) {
                return subjectOf(start, end, mentions);
            }
            start = end + 1;
        }
        return null;
    }

    /** Word lists, not one regex: {@code .*(?:以来|…)$} backtracked over every clause. */
    static boolean isAdverbial(String clause) {
        if (ADVERBIAL_WORDS.contains(clause) || clause.startsWith("据")) {
            return true;
        }
        for (String ending : ADVERBIAL_ENDINGS) {
            if (clause.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 2017年6月, 截至去年底: what the regex {@code ^(?:截至|…|于)?[\\d年月日…\\s至到—\\-－、]*$} matched in
     * full (an opener that is also a date character needs no second look).
     */
    static boolean isDateOnly(String clause) {
        if (isDateFrom(clause, 0)) {
            return true;
        }
        for (String opener : DATE_OPENERS) {
            if (clause.startsWith(opener) && isDateFrom(clause, opener.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateFrom(String clause, int from) {
        for (int i = from; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if ((c < '0' || c > '9') && !RegexChars.isSpace(c) && DATE_CHARS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private Object subjectOf(int start, int end, List<Object> mentions) {
        int figure = firstFigure(start, end);
        Object pick = null;
        int runStart = -1;
        for (Object m : mentions) {
            int s = startOf(m);
            if (s < start || endOf(m) > end) {
                continue;
            }
            if (s >= figure || pick != null && PREDICATE.matcher(text.substring(endOf(pick), s)).find()) {
                break;
            }
            if (isPartner(start, m) || isActor(m)) {
                continue;
            }
            if (pick == null || endOf(pick) != s) {
                runStart = s;
            }
            pick = m;
        }
        if (pick == null || isListed(pick, mentions) || !SUBJECT_PREFIX.matcher(text.substring(start, runStart)).matches()) {
            return null;
        }
        return pick;
    }

    /** 放眼全省 / 从全省看: a clause that holds nothing but its region. */
    private Object framed(int start, int end, List<Object> mentions) {
        for (Object m : mentions) {
            if (startOf(m) >= start && endOf(m) <= end
                    && Words.isEmptyOrOneOf(text.substring(start, startOf(m)).strip(), FRAME_BEFORE)
                    && Words.isEmptyOrOneOf(text.substring(endOf(m), end).strip(), FRAME_AFTER)
                    && end < text.length() && "，,：:".indexOf(text.charAt(end)) >= 0) {
                return m;
            }
        }
        return null;
    }

    /** The region a sentence hands the focus to: …是Y…的一个缩影, 同样的变化也发生在Y (its own mentions given). */
    RegionMention shiftIn(Span sentence, List<RegionMention> named) {
        for (RegionMention m : named) {
            String before = text.substring(Math.max(sentence.start(), m.start() - SHIFT_REACH), m.start());
            String after = text.substring(m.end(), Math.min(sentence.end(), m.end() + SHIFT_REACH));
            if (isSketchBefore(before) && isSketchAfter(after)
                    || Words.endsWithAny(before, SCENE_BEFORE) && noFigure(sentence)) {
                return m;
            }
        }
        return null;
    }

    /** …是Y: a 是 and at most ten code points of its clause before the region, as {@code 是[^，。；]{0,10}$} found. */
    static boolean isSketchBefore(String before) {
        for (int i = before.indexOf('是'); i >= 0; i = before.indexOf('是', i + 1)) {
            int p = i + 1;
            for (int n = 0; ; n++) {
                if (RegexChars.isEnd(before, p)) {
                    return true;
                }
                if (n == SKETCH_BEFORE_REACH || p == before.length() || "，。；".indexOf(before.charAt(p)) >= 0) {
                    break;
                }
                p += Character.charCount(before.codePointAt(p));
            }
        }
        return false;
    }

    /** Y…的一个缩影: 缩影 or 写照 within 20 code points of the sentence, as {@code ^[^。！？]{0,20}?(?:缩影|写照)} found. */
    static boolean isSketchAfter(String after) {
        int p = 0;
        for (int n = 0; ; n++) {
            if (after.startsWith("缩影", p) || after.startsWith("写照", p)) {
                return true;
            }
            if (n == SKETCH_AFTER_REACH || p == after.length() || "。！？".indexOf(after.charAt(p)) >= 0) {
                return false;
            }
            p += Character.charCount(after.codePointAt(p));
        }
    }

    /** The most specific region the headline is about, not one of a list nor a partner. */
    RegionMention headlineRegion(Span title, List<RegionMention> named) {
        List<Object> inTitle = named.stream().filter(m -> m.start() >= title.start() && m.end() <= title.end())
                .limit(MAX_TITLE_MENTIONS).map(m -> (Object) m).toList();
        RegionMention best = null;
        for (Object o : inTitle) {
            RegionMention m = (RegionMention) o;
            int clauseStart = clauseStart(title.start(), m.start());
            if (isPartner(clauseStart, m) || isActor(m) || isListed(m, inTitle)) {
                continue;
            }
            if (best == null || rank(m) > rank(best)) {
                best = m;
            }
        }
        return best;
    }

    private boolean isPartner(int clauseStart, Object m) {
        String before = text.substring(Math.max(clauseStart, startOf(m) - 4), startOf(m));
        return Words.endsWithAny(before, RELATIONAL_BEFORE);
    }

    private boolean isActor(Object m) {
        int end = endOf(m);
        return Words.startsWithAny(text.substring(end, Math.min(text.length(), end + 4)), ACTOR_AFTER);
    }

    /** One of several regions joined by 、/和/及 (a list is no single topic). */
    private boolean isListed(Object m, List<Object> mentions) {
        for (Object other : mentions) {
            if (other == m) {
                continue;
            }
            int gapAfter = startOf(other) - endOf(m);
            int gapBefore = startOf(m) - endOf(other);
            if (gapAfter == 1 && "、和及".indexOf(text.charAt(endOf(m))) >= 0
                    || gapBefore == 1 && "、和及".indexOf(text.charAt(endOf(other))) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean noFigure(Span sentence) {
        return sentence.end() - sentence.start() <= SHIFT_REACH * 4 && firstFigure(sentence.start(), sentence.end()) == sentence.end();
    }

    private int firstFigure(int start, int end) {
        int digit = start;
        while (digit < end && (text.charAt(digit) < '0' || text.charAt(digit) > '9')) {
            digit++; // a figure starts with an ASCII digit: most clauses have none, and the regex need not run
        }
        if (digit == end) {
            return end;
        }
        var m = FIGURE.matcher(text).region(digit, end);
        return m.find() ? m.start() : end;
    }

    private int clauseEnd(int start, int limit) {
        for (int i = start; i < limit; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    private int clauseStart(int limit, int position) {
        for (int i = position - 1; i >= limit; i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 || text.startsWith("——", i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int rank(RegionMention m) {
        return switch (m.region().level()) {
            case "province" -> 0;
            case "prefecture" -> 1;
            case "county" -> 2;
            case "township" -> 3;
            default -> 4;
        };
    }
}
