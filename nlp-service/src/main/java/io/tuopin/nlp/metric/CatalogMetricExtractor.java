package io.tuopin.nlp.metric;

import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.document.DocumentTopics;
import io.tuopin.nlp.document.TopicTracker;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.Interruptions;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.QuantityRecognizer;
import io.tuopin.nlp.number.RecognizedQuantity;
import io.tuopin.nlp.pattern.PrefixedPattern;
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
    private static final PrefixedPattern TARGET = PrefixedPattern.compile("计划|力争|预计|目标|拟|争取|将要|预期|确保(?!了)",
            "计力预目拟争将确");
    private static final Pattern SUBSET_START = Pattern.compile("\\s*其中");

    private final IndicatorCatalogue catalogue;
    private final IndicatorChoice choice;
    private final SameAsIndicator sameAs;
    private final QuantityRecognizer recognizer = new QuantityRecognizer();
    private final BareFigures bareFigures = new BareFigures();
    private final TopicTracker topicTracker = new TopicTracker();

    public CatalogMetricExtractor() {
        this(IndicatorCatalogue.load());
    }

    public CatalogMetricExtractor(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.choice = new IndicatorChoice(catalogue);
        this.sameAs = new SameAsIndicator(catalogue);
    }

    @Override
    public MetricResult extract(String articleId, CleanedArticle article, RegionAnalysis regions) {
        String text = article.text();
        QuantityRecognizer.Reading reading = recognizer.read(text);
        List<RecognizedQuantity> found = bareFigures.complete(text, reading.quantities(), reading.numbers()).stream()
                .filter(q -> article.unreliable() == null || !article.isUnreliable(q.start(), q.end()))
                .toList();
        List<Quantity> quantities = found.stream()
                .map(q -> new Quantity(q.text(), q.value(), q.valueMax(), q.unit(), q.approx(), q.start(), q.end(),
                        q.bound()))
                .toList();
        DocumentTopics topics = topicTracker.track(article, regions);
        PeriodResolver periods = new PeriodResolver(text, article.dates(), topics.outline(),
                article.title(), article.publishedAt());
        Article a = new Article(article, catalogue.cuesIn(text), regions, topics, periods, found,
                new ObservationFactory(articleId, article));
        ObservationSet out = new ObservationSet();
        for (Span sentence : sentences(article)) {
            Interruptions.check(); // an article past its time budget stops here
            SentenceMemory memory = new SentenceMemory();
            for (Span clause : Clauses.split(text, sentence)) {
                readClause(a, new Where(sentence, paragraph(article, sentence), clause), memory, out);
            }
        }
        return new MetricResult(out.toList(), quantities);
    }

    /** One article and what the earlier stages found in it. */
    private record Article(CleanedArticle cleaned, CueIndex cues, RegionAnalysis regions, DocumentTopics topics,
                           PeriodResolver periods, List<RecognizedQuantity> figures, ObservationFactory factory) {
        String text() {
            return cleaned.text();
        }
    }

    /** The sentence, paragraph and clause a figure stands in. */
    private record Where(Span sentence, Span paragraph, Span clause) {
    }

    private void readClause(Article a, Where where, SentenceMemory memory, ObservationSet out) {
        List<RecognizedQuantity> inClause = figuresWithin(a.figures(), where.clause());
        if (inClause.isEmpty()) {
            return; // most clauses hold no figure: nothing to read, nothing to remember
        }
        List<FigureRuns.Place> places = FigureRuns.of(a.text(), where.clause(), inClause);
        Map<Integer, RegionInfo> respectively = RegionAttributor.respectively(a.text(), a.regions(), where.clause(),
                inClause);
        List<Integer> starts = new ArrayList<>(inClause.size());
        for (RecognizedQuantity q : inClause) {
            starts.add(q.start());
        }
        Map<Integer, Period> yearly = a.periods().respectively(where.sentence(), where.clause(), starts);
        List<IndicatorMatch> matches = new ArrayList<>();
        for (FigureRuns.Place place : places) {
            int start = place.figure().start();
            matches.add(read(a, where, place, respectively.get(start), yearly.get(start), memory, out));
        }
        for (int i = 0; i < places.size(); i++) {
            memory.remember(places.get(i).figure().unit(), matches.get(i));
        }
        for (RecognizedQuantity q : inClause) {
            memory.seen(q.unit());
        }
    }

    /** The figures that start and end in the span (a loop: this runs for every clause of every article). */
    private static List<RecognizedQuantity> figuresWithin(List<RecognizedQuantity> figures, Span span) {
        List<RecognizedQuantity> starting = Positions.within(figures, span.start(), span.end(), RecognizedQuantity::start);
        if (starting.isEmpty()) {
            return starting;
        }
        List<RecognizedQuantity> out = new ArrayList<>(starting.size());
        for (RecognizedQuantity q : starting) {
            if (q.end() <= span.end()) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * Where the figure before a run of figures (14453户48660人) ends in its sentence, across clauses
     * (the sentence start for the first): a date that opens a change's baseline (由2014年的…) dates
     * that baseline only, not the figures of later clauses.
     */
    private static int previousFigureEnd(Article a, Span sentence, int runStart) {
        int i = Positions.firstAtOrAfter(a.figures(), runStart, RecognizedQuantity::start) - 1;
        return i >= 0 && a.figures().get(i).start() >= sentence.start() ? a.figures().get(i).end() : sentence.start();
    }

    /** Reads one figure; returns the indicator match it was read with (null for none). */
    private IndicatorMatch read(Article a, Where where, FigureRuns.Place place, RegionInfo listed, Period year,
                                SentenceMemory memory, ObservationSet out) {
        String text = a.text();
        RecognizedQuantity q = place.figure();
        int clauseStart = where.clause().start();
        int reach = Math.max(clauseStart, q.start() - IndicatorChoice.STATEMENT_REACH);
        if (catalogue.blockedForAll(a.cues(), reach, q.start()) || FigureFilters.isPerUnit(text, clauseStart, q)
                || FigureFilters.isIndefinite(text, q) || FigureFilters.isPledge(text, q)
                || FigureFilters.isInFormula(text, q)
                || FigureFilters.isFamilys(text, where.sentence().start(), q, a.topics().mentions())) {
            return null;
        }
        RegionAttributor.Attribution region = listed != null
                ? new RegionAttributor.Attribution(listed, false, clauseStart)
                : RegionAttributor.attribute(text, a.topics(), where.sentence().start(), clauseStart, q.start());
        if (region.national()) {
            return null;
        }
        int scope = Math.max(region.scopeStart(), subsetStart(a, where, q, memory));
        IndicatorChoice.Choice choice = this.choice.choose(new IndicatorChoice.Statement(a.cues(), a.figures(),
                a.topics().mentions(), where.sentence(), where.clause()), place, scope, memory);
        IndicatorMatch match = choice.match();
        Period period = a.periods().resolve(where.sentence(), where.paragraph(), q.start(),
                previousFigureEnd(a, where.sentence(), place.groupStart()), place.baseline());
        Period span = memory.sameSpan(text, clauseStart, place, period);
        period = year != null ? year : span != null ? span : period;
        memory.rememberPeriod(period);
        // the window as a text of its own: 确保 right before the figure counts (its look-ahead sees no 了)
        boolean target = TARGET.occursIn(text.substring(reach, q.start()));
        boolean sharedCue = place.groupEnd() - place.groupStart() > q.end() - q.start();
        double confidence = ConfidenceScore.of(match, sharedCue, choice.carried(), region.inferred());
        String key = match == null ? OTHER : choice.key();
        String kind = match == null ? kindOfUnit(q.unit()) : catalogue.byKey(key).kind();
        int evidenceStart = match == null || choice.carried() ? q.start() : Math.min(match.cueStart(), q.start());
        int evidenceEnd = match == null || choice.carried() ? q.end() : Math.max(match.cueEnd(), q.end());
        out.add(a.factory().create(region.region(), key, kind, q, period, target, confidence, evidenceStart,
                evidenceEnd));
        String stock = target ? IndicatorChoice.plannedFromStock(text, reach, q, key) : null;
        if (stock != null) {
            out.add(a.factory().create(region.region(), stock, "stock", q, period, false, ConfidenceScore.SAME_AS,
                    evidenceStart, evidenceEnd));
        }
        if (match != null && !choice.carried()) {
            Indicator same = sameAs.of(a.cues(), q, where.clause().end(), match.indicator());
            if (same != null) {
                out.add(a.factory().create(region.region(), same.key(), same.kind(), q, period, target,
                        ConfidenceScore.SAME_AS, evidenceStart,
                        Math.min(where.clause().end(), q.end() + IndicatorMatcher.AFTER_WINDOW)));
            }
        }
        return match;
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
