package io.tuopin.nlp.metric;

import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.document.DocumentTopics;
import io.tuopin.nlp.document.TopicTracker;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.QuantityRecognizer;
import io.tuopin.nlp.number.RecognizedQuantity;
import io.tuopin.nlp.time.DateFinder;
import io.tuopin.nlp.time.WrittenDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads metric observations out of a cleaned article, clause by clause, with the indicator
 * catalogue: each figure gets the indicator whose cue stands nearest in its clause (or the one its
 * clause continues), the region it is about ({@link RegionAttributor}, over the topics of
 * {@link TopicTracker}), the period stated for it, a target flag for plans, and a confidence from
 * how directly the text states it. Thread-safe.
 */
public final class CatalogMetricExtractor implements MetricExtractor {
    public static final String OTHER = "other";
    private static final Pattern TARGET = Pattern.compile("计划|力争|预计|目标|拟|争取|将要|预期|确保(?!了)");
    /** How far before a figure its statement's cues, blockers and plan words are read. */
    private static final int STATEMENT_REACH = 40;
    private static final Pattern SUBSET_START = Pattern.compile("\\s*其中");
    /** 其中深度贫困村64个, 其中省级龙头企业5家: a narrower rank of the same stock is not the stock. */
    /** What may stand before a place's households and people: the place, a time, 共/有/辖. */
    private static final Pattern PLACE_COUNT = Pattern.compile(
            "^Ⓡ*(?:" + io.tuopin.nlp.time.DateFinder.YEAR_PHRASE + ")?[，,]?(?:Ⓡ|全村|全乡|全镇|该村|村里)*"
                    + "(?:共有|共|有|总计|合计|现有)?$");
    private static final Pattern ALL = Pattern.compile("^[^，。；、]{0,8}全部");
    private static final Pattern POOR_NOUN = Pattern.compile("(?:贫困人口|贫困户|贫困群众)$");
    private static final Pattern VILLAGE_NOUN = Pattern.compile("^[^，。；、\\d]{0,6}贫困村");
    private static final Pattern NARROWER = Pattern.compile("深度|极度|省级|国家级|市级|县级|国家|省定|市定");

    private final IndicatorCatalogue catalogue;
    private final IndicatorMatcher matcher;
    private final SameAsIndicator sameAs;
    private final QuantityRecognizer recognizer = new QuantityRecognizer();
    private final BareFigures bareFigures = new BareFigures();
    private final DateFinder dateFinder = new DateFinder();
    private final TopicTracker topicTracker = new TopicTracker();

    public CatalogMetricExtractor() {
        this(IndicatorCatalogue.load());
    }

    public CatalogMetricExtractor(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.matcher = new IndicatorMatcher(catalogue);
        this.sameAs = new SameAsIndicator(catalogue);
    }

    @Override
    public MetricResult extract(String articleId, CleanedArticle article, RegionAnalysis regions) {
        String text = article.text();
        List<RecognizedQuantity> recognized = recognizer.recognize(text);
        List<RecognizedQuantity> found = bareFigures.complete(text, recognized, recognizer.numbers(text)).stream()
                .filter(q -> article.unreliable() == null || !article.isUnreliable(q.start(), q.end()))
                .toList();
        List<Quantity> quantities = found.stream()
                .map(q -> new Quantity(q.text(), q.value(), q.valueMax(), q.unit(), q.approx(), q.start(), q.end()))
                .toList();
        DocumentTopics topics = topicTracker.track(article, regions);
        PeriodResolver periods = new PeriodResolver(text, dateFinder.find(text, article.publishedAt()), topics.outline(),
                article.title(), article.publishedAt());
        Article a = new Article(article, regions, topics, periods, found, new ObservationFactory(articleId, article));
        ObservationSet out = new ObservationSet();
        for (Span sentence : sentences(article)) {
            SentenceMemory memory = new SentenceMemory();
            for (Span clause : Clauses.split(text, sentence)) {
                readClause(a, new Where(sentence, paragraph(article, sentence), clause), memory, out);
            }
        }
        return new MetricResult(out.toList(), quantities);
    }

    /** One article and what the earlier stages found in it. */
    private record Article(CleanedArticle cleaned, RegionAnalysis regions, DocumentTopics topics,
                           PeriodResolver periods, List<RecognizedQuantity> figures, ObservationFactory factory) {
        String text() {
            return cleaned.text();
        }
    }

    /** The sentence, paragraph and clause a figure stands in. */
    private record Where(Span sentence, Span paragraph, Span clause) {
    }

    private void readClause(Article a, Where where, SentenceMemory memory, ObservationSet out) {
        List<RecognizedQuantity> inClause = Positions.within(a.figures(), where.clause().start(), where.clause().end(),
                RecognizedQuantity::start).stream().filter(q -> q.end() <= where.clause().end()).toList();
        List<FigureRuns.Place> places = FigureRuns.of(a.text(), where.sentence(), where.clause(), inClause);
        Map<Integer, RegionInfo> respectively = RegionAttributor.respectively(a.text(), a.regions(), where.clause(),
                inClause);
        List<IndicatorMatch> matches = new ArrayList<>();
        for (FigureRuns.Place place : places) {
            matches.add(read(a, where, place, respectively.get(place.figure().start()), memory, out));
        }
        for (int i = 0; i < places.size(); i++) {
            memory.remember(places.get(i).figure().unit(), matches.get(i));
        }
        inClause.forEach(q -> memory.seen(q.unit()));
    }

    /** Reads one figure; returns the indicator match it was read with (null for none). */
    private IndicatorMatch read(Article a, Where where, FigureRuns.Place place, RegionInfo listed,
                                SentenceMemory memory, ObservationSet out) {
        String text = a.text();
        RecognizedQuantity q = place.figure();
        int clauseStart = where.clause().start();
        int reach = Math.max(clauseStart, q.start() - STATEMENT_REACH);
        if (catalogue.blockedForAll(text, reach, q.start()) || FigureFilters.isPerUnit(text, clauseStart, q)
                || FigureFilters.isIndefinite(text, q) || FigureFilters.isInFormula(text, q)) {
            return null;
        }
        RegionAttributor.Attribution region = listed != null
                ? new RegionAttributor.Attribution(listed, false, clauseStart)
                : RegionAttributor.attribute(text, a.topics(), where.sentence().start(), clauseStart, q.start());
        if (region.national()) {
            return null;
        }
        int scope = Math.max(region.scopeStart(), subsetStart(a, where, q, memory));
        Choice choice = choose(a, where, place, scope, region.region(), memory);
        IndicatorMatch match = choice.match();
        Period period = a.periods().resolve(where.sentence(), where.paragraph(), q.start(), place.previousEnd(),
                place.baseline());
        Period span = memory.sameSpan(text, clauseStart, place, period);
        period = span != null ? span : period;
        memory.rememberPeriod(period);
        boolean target = TARGET.matcher(text.substring(reach, q.start())).find();
        boolean sharedCue = place.groupEnd() - place.groupStart() > q.end() - q.start();
        double confidence = ConfidenceScore.of(match, sharedCue, choice.carried(), region.inferred());
        String key = match == null ? OTHER : choice.key();
        String kind = match == null ? kindOfUnit(q.unit()) : catalogue.byKey(key).kind();
        int evidenceStart = match == null || choice.carried() ? q.start() : Math.min(match.cueStart(), q.start());
        int evidenceEnd = match == null || choice.carried() ? q.end() : Math.max(match.cueEnd(), q.end());
        out.add(a.factory().create(region.region(), key, kind, q, period, target, confidence, evidenceStart,
                evidenceEnd));
        String stock = target ? plannedFromStock(text, reach, q, key) : null;
        if (stock != null) {
            out.add(a.factory().create(region.region(), stock, "stock", q, period, false, ConfidenceScore.SAME_AS,
                    evidenceStart, evidenceEnd));
        }
        if (match != null && !choice.carried()) {
            Indicator same = sameAs.of(text, q, where.clause().end(), match.indicator());
            if (same != null) {
                out.add(a.factory().create(region.region(), same.key(), same.kind(), q, period, target,
                        ConfidenceScore.SAME_AS, evidenceStart,
                        Math.min(where.clause().end(), q.end() + IndicatorMatcher.AFTER_WINDOW)));
            }
        }
        return match;
    }

    /**
     * The indicator a figure is read as.
     *
     * @param key     the indicator key (a match's own, or what the change or run makes of it)
     * @param carried true when the clause continues an earlier clause's statement
     */
    private record Choice(IndicatorMatch match, String key, boolean carried) {
        static final Choice NONE = new Choice(null, null, false);
    }

    private Choice choose(Article a, Where where, FigureRuns.Place place, int scope, RegionInfo region,
                          SentenceMemory memory) {
        String text = a.text();
        RecognizedQuantity q = place.figure();
        int reach = Math.max(scope, place.groupStart() - STATEMENT_REACH);
        IndicatorMatch own = q.valueMax() != null ? null
                : memory.runMatch(place, reach, q.unit(), () -> matcher.match(text, q.unit(), reach,
                        Math.max(place.windowStart(), reach), place.groupStart(), place.unitStart(), place.groupEnd(),
                        place.windowEnd(), place.nextStart()));
        boolean named = own != null && !own.indicator().isFallback();
        if (named && (isNarrowerPart(a, where, q, own, memory) || isPoorAmongOthers(a, where, q, own, memory))) {
            return Choice.NONE;
        }
        if (!named) {
            IndicatorMatch carried = place.groupStart() - scope > STATEMENT_REACH ? null
                    : memory.carried(text, scope, place.groupStart(), place.groupEnd(), q.unit(), a.topics().mentions());
            if (carried != null) {
                return new Choice(carried, refine(text, place, carried, true), true);
            }
            String population = populationOfRun(a, place, q, scope);
            if (population != null) {
                return new Choice(new IndicatorMatch(catalogue.byKey(population), q.start(), q.end(), 0), population,
                        false);
            }
        }
        return own == null ? Choice.NONE : new Choice(own, refine(text, place, own, false), false);
    }

    /**
     * 确保建档立卡贫困人口11662人全部脱贫, 六十个省定重点贫困村全部脱贫销号: a plan to lift all of the poor
     * counts those who are poor now (a plan to lift 800 of them does not); returns the stock indicator
     * the figure also is, or null.
     */
    private static String plannedFromStock(String text, int clauseStart, RecognizedQuantity q, String key) {
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

    /** What a change makes of a statement about the poor: its result is what remains, 减少N人 is a lifting. */
    private static String refine(String text, FigureRuns.Place place, IndicatorMatch match, boolean carried) {
        String key = match.indicator().key();
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
        return key;
    }

    /**
     * 全村504户、2050人, 共有2348户9907人 with no cue: the households and people of the place, when only the
     * place, a time and 共/有 stand before the run and nothing but the clause's end after it.
     */
    private String populationOfRun(Article a, FigureRuns.Place place, RecognizedQuantity q, int scope) {
        if (place.groupStart() - scope > STATEMENT_REACH) {
            return null;
        }
        String before = SentenceMemory.masked(a.text(), scope, place.groupStart(), a.topics().mentions()).strip();
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
    private static boolean isNarrowerPart(Article a, Where where, RecognizedQuantity q, IndicatorMatch own,
                                          SentenceMemory memory) {
        if (!"stock".equals(own.indicator().kind())) {
            return false;
        }
        String before = a.text().substring(Math.max(where.sentence().start(), q.start() - 12), q.start());
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
    private static boolean isPoorAmongOthers(Article a, Where where, RecognizedQuantity q, IndicatorMatch own,
                                             SentenceMemory memory) {
        if (!SentenceMemory.isPoorFamily(own)
                || !SUBSET_START.matcher(a.text()).region(where.clause().start(), q.start()).lookingAt()) {
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
     * After 其中 when no earlier figure of the sentence has the figure's unit (…4.3万户21.9万人，其中贫困村171个):
     * 其中 then names a part of the region, not a subset of a total, so its cues are read after it.
     */
    private static int subsetStart(Article a, Where where, RecognizedQuantity q, SentenceMemory memory) {
        var m = SUBSET_START.matcher(a.text()).region(where.clause().start(), q.start());
        if (!m.lookingAt()) {
            return where.clause().start();
        }
        return memory.hasSeen(q.unit()) ? where.clause().start() : m.end();
    }

    /** Kind of a figure that no catalogue row names: percentages are rates, money and visits flows. */
    static String kindOfUnit(String unit) {
        return switch (unit) {
            case "percent", "percentage_point" -> "rate";
            case "yuan", "person_time" -> "flow";
            default -> "stock";
        };
    }

    private static List<Span> sentences(CleanedArticle article) {
        return article.sentences() == null || article.sentences().isEmpty()
                ? List.of(new Span(0, article.text().length())) : article.sentences();
    }

    private static Span paragraph(CleanedArticle article, Span sentence) {
        return article.paragraphs() == null ? null : Positions.spanAt(article.paragraphs(), sentence.start());
    }
}
