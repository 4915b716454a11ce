package io.tuopin.nlp.metric;

import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.Span;
import io.tuopin.nlp.number.QuantityRecognizer;
import io.tuopin.nlp.number.RecognizedQuantity;
import io.tuopin.nlp.time.DateFinder;
import io.tuopin.nlp.time.WrittenDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metric observations out of a cleaned article, clause by clause, with the indicator
 * catalogue: each quantity gets the indicator whose cue stands nearest in its clause, the region
 * named there (else the governing one, else the subject), the period stated for it, a target flag
 * for plans, and a confidence from how directly the text states it. Thread-safe.
 */
public final class CatalogMetricExtractor implements MetricExtractor {
    public static final String OTHER = "other";
    private static final Pattern TARGET = Pattern.compile("计划|力争|预计|目标|拟|争取|将要|预期|确保.{0,4}$");
    private static final Pattern SAME_AS = Pattern.compile("^[^，。；,;]{0,6}?(?:都是|均为|全是|全部是|全部为|均是|皆为)");
    private static final Pattern SUBSET_START = Pattern.compile("\\s*其中");
    private static final Pattern INDEFINITE = Pattern.compile("一[名位个户家支场次项]");
    private static final Pattern GROUP_GAP = Pattern.compile("[、和及]|[、和及]?(?:近|约|超|逾)");
    private static final Pattern CHANGE_LINK = Pattern.compile(
            "(?:下降|降低|减少|增加|增长|提高|提升|上升|降|增|升|减)?(?:到|至|为)了?(?:" + DateFinder.YEAR_PHRASE + "的?)?");

    private final IndicatorCatalogue catalogue;
    private final IndicatorMatcher matcher;
    private final QuantityRecognizer recognizer = new QuantityRecognizer();
    private final DateFinder dateFinder = new DateFinder();

    public CatalogMetricExtractor() {
        this(IndicatorCatalogue.load());
    }

    public CatalogMetricExtractor(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.matcher = new IndicatorMatcher(catalogue);
    }

    @Override
    public MetricResult extract(String articleId, CleanedArticle article, RegionAnalysis regions) {
        String text = article.text();
        List<RecognizedQuantity> found = recognizer.recognize(text).stream()
                .filter(q -> article.unreliable() == null || !article.isUnreliable(q.start(), q.end()))
                .toList();
        List<Quantity> quantities = found.stream()
                .map(q -> new Quantity(q.text(), q.value(), q.valueMax(), q.unit(), q.approx(), q.start(), q.end()))
                .toList();
        ObservationFactory factory = new ObservationFactory(articleId, article);
        Map<String, Observation> observations = new LinkedHashMap<>();
        List<WrittenDate> dates = PeriodResolver.datingFigures(dateFinder.find(text, article.publishedAt()));
        for (Span sentence : sentences(article)) {
            LastCue last = new LastCue();
            for (Span clause : Clauses.split(text, sentence)) {
                List<RecognizedQuantity> inClause = found.stream()
                        .filter(q -> q.start() >= clause.start() && q.end() <= clause.end()).toList();
                observeClause(new Context(article, regions, dates, found, last, sentence, paragraph(article, sentence),
                                clause),
                        inClause, factory, observations);
            }
        }
        return new MetricResult(List.copyOf(observations.values()), quantities);
    }

    /** Where a figure stands. */
    record Context(CleanedArticle article, RegionAnalysis regions, List<WrittenDate> dates,
                   List<RecognizedQuantity> figures, LastCue last, Span sentence,
                   Span paragraph, Span clause) {
        String text() {
            return article.text();
        }
    }

    private void observeClause(Context ctx, List<RecognizedQuantity> figures, ObservationFactory factory,
                               Map<String, Observation> out) {
        Map<Integer, RegionInfo> respectively = RegionAttributor.respectively(ctx.text(), ctx.regions(), ctx.clause(),
                figures);
        int[] windowStarts = new int[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            int groupStart = i;
            while (groupStart > 0 && joined(ctx.text(), figures.get(groupStart - 1), figures.get(groupStart))) {
                groupStart--;
            }
            int groupEnd = i;
            while (groupEnd + 1 < figures.size() && joined(ctx.text(), figures.get(groupEnd), figures.get(groupEnd + 1))) {
                groupEnd++;
            }
            windowStarts[i] = windowStart(ctx, figures, groupStart, windowStarts);
            int windowEnd = groupEnd + 1 < figures.size() ? figures.get(groupEnd + 1).start() : ctx.clause().end();
            RecognizedQuantity q = figures.get(i);
            Window window = new Window(windowStarts[i], figures.get(groupStart).start(), figures.get(groupEnd).end(),
                    windowEnd);
            RecognizedQuantity next = groupEnd + 1 < figures.size() ? figures.get(groupEnd + 1) : null;
            boolean baseline = next != null && next.unit().equals(figures.get(groupStart).unit())
                    && CHANGE_LINK.matcher(ctx.text().substring(figures.get(groupEnd).end(), next.start())).matches();
            int previousEnd = groupStart > 0 ? figures.get(groupStart - 1).end() : ctx.sentence().start();
            observe(ctx, q, window, new Sequence(previousEnd, baseline, respectively.get(q.start())), factory, out);
        }
    }

    /** Cues before a figure are read after the previous figure, except across 从A%下降到B%. */
    private static int windowStart(Context ctx, List<RecognizedQuantity> figures, int groupStart, int[] starts) {
        if (groupStart == 0) {
            return ctx.clause().start();
        }
        RecognizedQuantity previous = figures.get(groupStart - 1);
        String gap = ctx.text().substring(previous.end(), figures.get(groupStart).start());
        return CHANGE_LINK.matcher(gap).matches() ? starts[groupStart - 1] : previous.end();
    }

    /**
     * The cue of the sentence's last figure, carried to a parallel clause that names another region
     * and only a verb before its figure: 青石县贫困发生率降至0.5%，石门县降至0.8%.
     */
    static final class LastCue {
        private static final Pattern VERB_ONLY = Pattern.compile(
                "(?:也|则)?(?:(?:下降|降低|减少|增加|增长|提高|提升|上升|降|增|升|减)(?:到|至)?|达到|达|为|是)?了?");
        private IndicatorMatch match;
        private String unit;
        private RegionInfo region;

        IndicatorMatch carry(Context ctx, RecognizedQuantity q, RegionInfo figureRegion, IndicatorMatch own) {
            boolean ownCue = own != null && !own.indicator().isFallback();
            if (!ownCue && match != null && unit.equals(q.unit()) && !figureRegion.equals(region)
                    && namedJustBefore(ctx, q, figureRegion)) {
                own = new IndicatorMatch(match.indicator(), q.start(), q.end(), IndicatorMatcher.AFTER_WINDOW);
            }
            if (own != null && !own.indicator().isFallback()) {
                match = own;
                unit = q.unit();
                region = figureRegion;
            }
            return own;
        }

        private static boolean namedJustBefore(Context ctx, RecognizedQuantity q, RegionInfo figureRegion) {
            return ctx.regions().mentions().stream().anyMatch(m -> !m.anaphora() && figureRegion.equals(m.region())
                    && m.start() >= ctx.clause().start() && m.end() <= q.start()
                    && VERB_ONLY.matcher(ctx.text().substring(m.end(), q.start())).matches());
        }
    }

    /** Where the cues of a figure may stand, and the run of joined figures it belongs to. */
    record Window(int start, int groupStart, int groupEnd, int end) {
    }

    /** 14109户40779人, 4013户、1.2万人, 4013户近2万人: one run of figures sharing its cue. */
    private static boolean joined(String text, RecognizedQuantity a, RecognizedQuantity b) {
        int gap = b.start() - a.end();
        return gap == 0 || (gap <= 2 && GROUP_GAP.matcher(text.substring(a.end(), b.start())).matches());
    }

    /**
     * Where the previous figure of the clause ended, whether this one is the first of a change, and
     * the region it takes from a 分别 list (null when none).
     */
    private record Sequence(int previousEnd, boolean baseline, RegionInfo listedRegion) {
    }

    private void observe(Context ctx, RecognizedQuantity q, Window window, Sequence sequence,
                         ObservationFactory factory, Map<String, Observation> out) {
        String text = ctx.text();
        String before = text.substring(ctx.clause().start(), q.start());
        if (catalogue.blockedForAll(before) || isPerUnit(text, q) || isIndefinite(text, q)) {
            return;
        }
        RegionAttributor.Attribution region = sequence.listedRegion() != null
                ? new RegionAttributor.Attribution(sequence.listedRegion(), false, ctx.clause().start())
                : RegionAttributor.attribute(text, ctx.regions(), ctx.sentence().start(), ctx.clause().start(), q.start());
        if (region.region() == null) {
            return;
        }
        int scope = Math.max(region.scopeStart(), subsetWithoutTotal(ctx, q));
        IndicatorMatch match = q.valueMax() != null ? null
                : matcher.match(text, q.unit(), scope, Math.max(window.start(), scope),
                        window.groupStart(), window.groupEnd(), window.end());
        match = ctx.last().carry(ctx, q, region.region(), match);
        Period period = PeriodResolver.resolve(text, ctx.dates(), ctx.sentence(), ctx.paragraph(), q.start(),
                sequence.previousEnd(), sequence.baseline());
        boolean target = TARGET.matcher(before).find();
        double confidence = confidence(match, q, window.groupStart(), window.groupEnd(), region.inferred());
        String key = match == null ? OTHER : match.indicator().key();
        String kind = match == null ? kindOfUnit(q.unit()) : match.indicator().kind();
        int evidenceStart = match == null ? q.start() : Math.min(match.cueStart(), q.start());
        int evidenceEnd = match == null ? q.end() : Math.max(match.cueEnd(), q.end());
        add(out, factory.create(region.region(), key, kind, q, period, target, confidence, evidenceStart, evidenceEnd));
        if (match != null) {
            Indicator same = sameAs(text, q, ctx.clause().end(), match.indicator());
            if (same != null) {
                add(out, factory.create(region.region(), same.key(), same.kind(), q, period, target, 0.6,
                        evidenceStart, Math.min(ctx.clause().end(), q.end() + IndicatorMatcher.AFTER_WINDOW)));
            }
        }
    }

    /** 120个行政村都是贫困村: the same figure is also another indicator. */
    private Indicator sameAs(String text, RecognizedQuantity q, int clauseEnd, Indicator first) {
        int from = Math.min(clauseEnd, first.cues().matcher(text).region(q.end(), clauseEnd).find()
                ? endOfCue(text, first, q.end(), clauseEnd) : q.end());
        Matcher m = SAME_AS.matcher(text).region(from, clauseEnd);
        if (!m.lookingAt()) {
            return null;
        }
        for (Indicator other : catalogue.indicators()) {
            if (other != first && other.accepts(q.unit()) && !other.isFallback()
                    && other.cues().matcher(text).region(m.end(), clauseEnd).lookingAt()) {
                return other;
            }
        }
        return null;
    }

    private static int endOfCue(String text, Indicator indicator, int from, int to) {
        Matcher m = indicator.cues().matcher(text).region(from, to);
        return m.find() ? m.end() : from;
    }

    /** Kind of a figure that no catalogue row names: percentages are rates, money and visits flows. */
    static String kindOfUnit(String unit) {
        return switch (unit) {
            case "percent", "percentage_point" -> "rate";
            case "yuan", "person_time" -> "flow";
            default -> "stock";
        };
    }

    /** 100元/人, 每人5000元: a rate per head, not a total. */
    private static boolean isPerUnit(String text, RecognizedQuantity q) {
        boolean slash = q.end() < text.length() && (text.charAt(q.end()) == '/' || text.charAt(q.end()) == '／');
        boolean each = q.start() > 0 && text.charAt(q.start() - 1) == '每';
        return slash || each;
    }

    /**
     * After 其中 when no earlier figure of the sentence has the figure's unit (…4.3万户21.9万人，其中贫困村171个):
     * 其中 then names a part of the region, not a subset of a total, so it blocks no indicator.
     */
    private static int subsetWithoutTotal(Context ctx, RecognizedQuantity q) {
        Matcher m = SUBSET_START.matcher(ctx.text()).region(ctx.clause().start(), q.start());
        if (!m.lookingAt()) {
            return ctx.clause().start();
        }
        boolean total = ctx.figures().stream().anyMatch(f -> f.start() >= ctx.sentence().start()
                && f.end() <= ctx.clause().start() && f.unit().equals(q.unit()));
        return total ? ctx.clause().start() : m.end();
    }

    /** 一名驻村第一书记说: 一 with a classifier is an article ("a cadre"), not a count, unless 仅/只/有 counts it. */
    private static boolean isIndefinite(String text, RecognizedQuantity q) {
        boolean article = q.valueMax() == null && q.value().compareTo(BigDecimal.ONE) == 0
                && INDEFINITE.matcher(q.text()).matches();
        return article && !(q.start() > 0 && "仅只有剩".indexOf(text.charAt(q.start() - 1)) >= 0);
    }

    private static double confidence(IndicatorMatch match, RecognizedQuantity q, int groupStart, int groupEnd,
                                     boolean regionInferred) {
        if (match == null || match.indicator().isFallback()) {
            return 0.4;
        }
        int d = match.distance();
        double c = d == 0 ? 0.9 : d <= 4 ? 0.85 : d <= 10 ? 0.75 : 0.6;
        boolean sharedCue = groupEnd - groupStart > q.end() - q.start();
        if (sharedCue && match.cueEnd() != q.start() && match.cueStart() != q.end()) {
            c -= 0.05;
        }
        return regionInferred ? c - 0.05 : c;
    }

    private static void add(Map<String, Observation> out, Observation o) {
        String key = o.indicator() + "|" + o.region().code() + "|" + o.region().name() + "|"
                + o.value().stripTrailingZeros().toPlainString() + "|" + o.period();
        Observation existing = out.get(key);
        if (existing == null || existing.confidence() < o.confidence()) {
            out.put(key, o);
        }
    }

    private static List<Span> sentences(CleanedArticle article) {
        return article.sentences() == null || article.sentences().isEmpty()
                ? List.of(new Span(0, article.text().length())) : article.sentences();
    }

    private static Span paragraph(CleanedArticle article, Span sentence) {
        if (article.paragraphs() == null) {
            return null;
        }
        return article.paragraphs().stream().filter(p -> p.contains(sentence.start())).findFirst().orElse(null);
    }
}
