package io.tuopin.nlp.metric;

import io.tuopin.nlp.pattern.PrefixedPattern;
import io.tuopin.nlp.number.RecognizedQuantity;
import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionMention;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Figures that are no statement about a region: rates per head (100元/人), and 一 as an article (一名第一书记说). */
final class FigureFilters {
    private static final Pattern INDEFINITE = Pattern.compile("一[名位个户家支场次项]");
    private static final String COUNTING_BEFORE = "仅只有剩";
    private static final Pattern PER = Pattern.compile("每(?:[天日月年周户人村个名亩]|家|一)?[^，。；]{0,2}$|每$");
    private static final int PER_REACH = 5;
    /** A family in a story: 贫困户王桂英一家5口人, 她家…家庭人均收入1.2万元. */
    private static final PrefixedPattern FAMILY = PrefixedPattern.compile("一家|全家|她家|他家|其家|这户人家|这一家|该户", "一全她他其这该");
    /** 不落一人, 一户不落, 一个都不能少: a pledge that nobody is left behind, not a count of one. */
    private static final Pattern PLEDGE_BEFORE = Pattern.compile("(?:不落|不漏|不丢|不让|不少|落下|漏掉|丢下)$");
    private static final Pattern PLEDGE_AFTER = Pattern.compile("^(?:不落|不漏|不少|不掉队|也不[能落少]|都不[能落少]|不能少)");

    private FigureFilters() {
    }

    /** 100元/人, 每人5000元, 每天选派1名干部: a rate per head or per day, not a total. */
    static boolean isPerUnit(String text, int clauseStart, RecognizedQuantity q) {
        boolean slash = q.end() < text.length() && (text.charAt(q.end()) == '/' || text.charAt(q.end()) == '／');
        return slash || PER.matcher(text.substring(Math.max(clauseStart, q.start() - PER_REACH), q.start())).find();
    }

    static boolean isPledge(String text, RecognizedQuantity q) {
        if (q.valueMax() != null || q.value().compareTo(BigDecimal.ONE) != 0 || !q.text().startsWith("一")) {
            return false;
        }
        return PLEDGE_BEFORE.matcher(text.substring(Math.max(0, q.start() - 2), q.start())).find()
                || PLEDGE_AFTER.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 4))).find();
    }

    /**
     * 贫困户王桂英一家5口人; 她家养起了黄牛，2019年家庭人均收入达到1.2万元: a figure of one family, when
     * a family is named after the last region before the figure in its sentence.
     */
    static boolean isFamilys(String text, int sentenceStart, RecognizedQuantity q, List<RegionMention> mentions) {
        PrefixedPattern.Finder m = FAMILY.finder(text, sentenceStart, q.start());
        int family = -1;
        while (m.find()) {
            family = m.end();
        }
        if (family < 0) {
            return false;
        }
        int i = Positions.firstAtOrAfter(mentions, q.start(), RegionMention::start) - 1;
        return i < 0 || mentions.get(i).end() <= family;
    }

    /** 贫困发生率=未脱贫人口÷乡村户籍人口×100%: a term of a formula, not a figure. */
    static boolean isInFormula(String text, RecognizedQuantity q) {
        return q.start() > 0 && "×÷=＝*/".indexOf(text.charAt(q.start() - 1)) >= 0;
    }

    /** 一名驻村第一书记说: 一 with a classifier is an article ("a cadre"), not a count, unless 仅/只/有 counts it. */
    static boolean isIndefinite(String text, RecognizedQuantity q) {
        boolean article = q.valueMax() == null && q.value().compareTo(BigDecimal.ONE) == 0
                && INDEFINITE.matcher(q.text()).matches();
        return article && !(q.start() > 0 && COUNTING_BEFORE.indexOf(text.charAt(q.start() - 1)) >= 0);
    }
}
