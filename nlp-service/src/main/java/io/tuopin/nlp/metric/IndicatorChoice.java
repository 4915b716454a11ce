package io.tuopin.nlp.metric;

import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.RecognizedQuantity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides the indicator of a figure: its own cue ({@link IndicatorMatcher}); else the statement an
 * earlier clause made, when this clause continues it ({@link SentenceMemory}); else the households
 * and people of a place (全村504户、2050人). Then what the text makes of it: the result of a decrease
 * of the poor is what remains, 减少N人 after a statement about the poor is a lifting, a narrower rank
 * after 其中 is not the stock, and the poor among a programme's beneficiaries are not the registered poor.
 */
final class IndicatorChoice {
    /** How far before a figure its statement's cues and blockers are read. */
    static final int STATEMENT_REACH = 40;
    private static final Pattern SUBSET_START = Pattern.compile("\\s*其中");
    /** What may stand before a place's households and people: the place, a time, 共/有/辖. */
    private static final Pattern PLACE_COUNT = Pattern.compile(
            "^Ⓡ*(?:" + io.tuopin.nlp.time.DateFinder.YEAR_PHRASE + ")?[，,]?(?:Ⓡ|全村|全乡|全镇|该村|村里)*"
                    + "(?:共有|共|有|总计|合计|现有)?(?:农户|村民|居民|人口)?$");
    private static final Pattern NARROWER = Pattern.compile("深度|极度|省级|国家级|市级|县级|国家|省定|市定|一般|低保|五保|特困|兜底");
    /** 其中深度贫困村64个, 其中省级龙头企业5家: a narrower rank of the same stock is not the stock. */
    private static final Pattern ALL = Pattern.compile("^[^，。；、]{0,8}全部");
    private static final Pattern POOR_NOUN = Pattern.compile("(?:贫困人口|贫困户|贫困群众)$");
    private static final Pattern VILLAGE_NOUN = Pattern.compile("^[^，。；、\\d]{0,6}贫困村");

    private final IndicatorCatalogue catalogue;
    private final IndicatorMatcher matcher;

    IndicatorChoice(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.matcher = new IndicatorMatcher(catalogue);
    }

    /**
     * The text around a figure: its article's text (with where the catalogue's phrases occur in it),
     * figures and region mentions, its sentence and clause.
     */
    record Statement(CueIndex cues, List<RecognizedQuantity> figures, List<RegionMention> mentions, Span sentence,
                     Span clause) {
        String text() {
            return cues.text();
        }
    }

    /**
     * The indicator a figure is read as.
     *
     * @param key     the indicator key (a match's own, or what the change or run makes of it)
     * @param carried true when the clause continues an earlier clause's statement
     */
    record Choice(IndicatorMatch match, String key, boolean carried) {
        static final Choice NONE = new Choice(null, null, false);
    }

    Choice choose(Statement a, FigureRuns.Place place, int scope, SentenceMemory memory) {
        String text = a.text();
        RecognizedQuantity q = place.figure();
        int reach = Math.max(scope, place.groupStart() - STATEMENT_REACH);
        IndicatorMatch own = q.valueMax() != null ? null
                : memory.runMatch(place, reach, q.unit(), () -> matcher.match(a.cues(), q.unit(), reach,
                        Math.max(place.windowStart(), reach), place.groupStart(), place.unitStart(), place.groupEnd(),
                        place.windowEnd(), place.nextStart()));
        boolean named = own != null && !own.indicator().isFallback();
        if (named && (isNarrowerPart(a, q, own, memory) || isPoorAmongOthers(a, q, own, memory))) {
            return Choice.NONE;
        }
        if (!named) {
            IndicatorMatch carried = place.groupStart() - scope > STATEMENT_REACH ? null
                    : memory.carried(text, scope, place.groupStart(), place.groupEnd(), q.unit(), a.mentions());
            if (carried != null) {
                return new Choice(carried, refine(text, place, carried, true), true);
            }
            String population = populationOfRun(a, place, q, scope);
            if (population != null) {
                return new Choice(new IndicatorMatch(catalogue.byKey(population), q.start(), q.end(), 0), population,
                        false);
            }
            IndicatorMatch lead = leadClauseCue(a, place, q);
            if (lead != null) {
                return new Choice(lead, refine(text, place, lead, false), false);
            }
        }
        return own == null ? Choice.NONE : new Choice(own, refine(text, place, own, false), false);
    }

    private static final Pattern FELL_SINCE_LAST_YEAR = Pattern.compile(
            "[，,]?\\s*(?:比|较)(?:上年|去年|上一年)(?:末|底|同期)?(?:减少|下降|净减)");

    /**
     * 全县贫困发生率大幅下降，由12.5%降至0.5%: a clause that only leads on (由…, 达到…) takes its cue from the
     * clause before it in its sentence, when that clause names an indicator and holds no figure.
     */
    private IndicatorMatch leadClauseCue(Statement a, FigureRuns.Place place, RecognizedQuantity q) {
        Span clause = a.clause();
        int previousEnd = clause.start() - 1;
        int previousStart = previousEnd;
        while (previousStart > a.sentence().start() && !Clauses.isBoundary(a.text().charAt(previousStart - 1))) {
            previousStart--;
        }
        if (previousEnd - previousStart < 2 || previousEnd - previousStart > STATEMENT_REACH
                || !Positions.within(a.figures(), previousStart, clause.start(), RecognizedQuantity::start).isEmpty()) {
            return null;
        }
        List<RecognizedQuantity> inClause = Positions.within(a.figures(), clause.start(), clause.end(),
                RecognizedQuantity::start);
        int firstFigure = inClause.isEmpty() ? q.start() : inClause.get(0).start();
        if (!SentenceMemory.leadsOn(a.text(), clause.start(), firstFigure, a.mentions())) {
            return null;
        }
        IndicatorMatch m = matcher.match(a.cues(), q.unit(), previousStart, previousStart, place.groupStart(),
                place.unitStart(), place.groupEnd(), place.windowEnd(), place.nextStart());
        return m == null || m.indicator().isFallback() || m.cueEnd() > previousEnd ? null : m;
    }

    /** What a change makes of a statement about the poor: its result is what remains, 减少N人 is a lifting. */
    private static String refine(String text, FigureRuns.Place place, IndicatorMatch match, boolean carried) {
        String key = match.indicator().key();
        if ("per_capita_net_income".equals(key) && carried && SentenceMemory.raisesBy(text, place.groupStart())) {
            return "income_gain_per_capita"; // 人均收入达到8960元，较2014年增加5200元: the second is the gain
        }
        if (!SentenceMemory.isPoorFamily(match)) {
            return key;
        }
        String suffix = key.endsWith("_households") ? "households" : "population";
        String before = text.substring(Math.max(0, place.groupStart() - 16), place.groupStart());
        if (Changes.decreasesTo(before) && !place.baseline()) {
            return "remaining_poor_" + suffix;
        }
        if (carried && SentenceMemory.liftsBefore(text, place.groupStart())) {
            return "lifted_" + suffix;
        }
        if (key.startsWith("poor_") && FELL_SINCE_LAST_YEAR.matcher(text).region(place.groupEnd(),
                Math.min(text.length(), place.groupEnd() + 12)).lookingAt()) {
            return "remaining_poor_" + suffix; // 年末农村贫困人口0.52万人，比上年末减少1.36万人: what the year left
        }
        return key;
    }

    /**
     * 全村504户、2050人, 共有2348户9907人 with no cue: the households and people of the place, when only the
     * place, a time and 共/有 stand before the run and nothing but the clause's end after it.
     */
    private String populationOfRun(Statement a, FigureRuns.Place place, RecognizedQuantity q, int scope) {
        if (place.groupStart() - scope > STATEMENT_REACH) {
            return null;
        }
        String before = SentenceMemory.masked(a.text(), scope, place.groupStart(), a.mentions()).strip();
        String after = a.text().substring(place.groupEnd(), Math.min(a.text().length(), place.groupEnd() + 1));
        if (!PLACE_COUNT.matcher(before).matches() || !after.isEmpty() && "，,。；;".indexOf(after.charAt(0)) < 0) {
            return null;
        }
        List<RecognizedQuantity> run = Positions.within(a.figures(), place.groupStart(), place.groupEnd(),
                RecognizedQuantity::start);
        boolean householdsThenPeople = run.size() == 2 && "household".equals(run.get(0).unit())
                && "person".equals(run.get(1).unit());
        if (!householdsThenPeople) {
            return null;
        }
        return q == run.get(1) ? "total_population" : "total_households";
    }

    /**
     * After 其中, a narrower rank of the stock the sentence has just counted (其中深度贫困村64个 after
     * 贫困村123个) is not that stock; a part of a flow (其中2019年减贫3.65万人, 其中省级财政22亿元) is.
     */
    private static boolean isNarrowerPart(Statement a, RecognizedQuantity q, IndicatorMatch own,
                                          SentenceMemory memory) {
        if (!"stock".equals(own.indicator().kind())) {
            return false;
        }
        String before = a.text().substring(Math.max(a.sentence().start(), q.start() - 12), q.start());
        int subset = before.lastIndexOf("其中");
        if (subset < 0) {
            return false;
        }
        IndicatorMatch total = memory.earlier(q.unit());
        boolean sameStock = total != null && total.indicator() == own.indicator()
                || inParenthesis(before.substring(0, subset));
        return sameStock && NARROWER.matcher(before.substring(subset)).find();
    }

    /** 贫困村123个（其中深度贫困村64个）: the part stands in brackets right after its total. */
    private static boolean inParenthesis(String beforeSubset) {
        return beforeSubset.endsWith("（") || beforeSubset.endsWith("(");
    }

    /**
     * 全县享受农村低保5697户，其中贫困户4211户: the poor among a programme's beneficiaries are not the
     * registered poor of the place; among its households and people (全村N户M人，其中贫困户A户) they are.
     */
    private static boolean isPoorAmongOthers(Statement a, RecognizedQuantity q, IndicatorMatch own,
                                             SentenceMemory memory) {
        if (!SentenceMemory.isPoorFamily(own)
                || !SUBSET_START.matcher(a.text()).region(a.clause().start(), q.start()).lookingAt()) {
            return false;
        }
        IndicatorMatch total = memory.earlier(q.unit());
        if (total != null) {
            String key = total.indicator().key();
            return !key.startsWith("total_") && !SentenceMemory.isPoorFamily(total);
        }
        return memory.hasSeen(q.unit());
    }

    /**
     * 确保建档立卡贫困人口11662人全部脱贫, 六十个省定重点贫困村全部脱贫销号: a plan to lift all of the poor
     * counts those who are poor now (a plan to lift 800 of them does not); returns the stock indicator
     * the figure also is, or null.
     */
    static String plannedFromStock(String text, int clauseStart, RecognizedQuantity q, String key) {
        String before = text.substring(Math.max(clauseStart, q.start() - 12), q.start());
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 12));
        if (!ALL.matcher(after).find()) {
            return null;
        }
        return switch (key) {
            case "lifted_population" -> POOR_NOUN.matcher(before).find() ? "poor_population" : null;
            case "lifted_households" -> POOR_NOUN.matcher(before).find() ? "poor_households" : null;
            case "poor_villages_exited" -> VILLAGE_NOUN.matcher(after).lookingAt() ? "poor_villages" : null;
            default -> null;
        };
    }

}
