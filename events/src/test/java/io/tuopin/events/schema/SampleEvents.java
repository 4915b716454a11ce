package io.tuopin.events.schema;

import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.ArticleInfo;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.CommittedObservations;
import io.tuopin.events.Entity;
import io.tuopin.events.Evidence;
import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import io.tuopin.events.RawArticle;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.StoredObservation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article (written for these tests, figures illustrative) carried through every payload the
 * way the services build them, with offsets computed from the text rather than typed in.
 */
public final class SampleEvents {
    public static final String EXTRACTOR_VERSION = "2026.11.1";
    public static final String TITLE = "会宁县脱贫攻坚工作综述";
    public static final String TEXT = "会宁县脱贫攻坚工作综述 "
            + "截至2019年底，会宁县建档立卡贫困人口由2013年底的2.7万户11.9万人减少到1286户5031人，"
            + "贫困发生率从21.6%下降到0.93%。2016年以来累计投入各类扶贫资金28.6亿元，"
            + "新庄村为每户安排产业扶持资金3-5万元。全县易地扶贫搬迁超过4000户。县扶贫开发办公室主任王建国介绍了上述情况。";
    private static final String HTML_HEAD = "<html><head><meta charset=\"gbk\"><title>" + TITLE
            + "</title></head><body><p>";
    public static final String CONTENT = HTML_HEAD + TEXT + "</p></body></html>";
    public static final String ARTICLE_ID = ArticleIds.of(CONTENT);

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-23T08:15:30.125Z");
    private static final Instant PROCESSED_AT = Instant.parse("2026-11-23T08:15:31.640Z");
    private static final Instant COMMITTED_AT = Instant.parse("2026-11-23T08:15:31.912Z");
    private static final String PUBLISHED_AT = "2020-01-08";

    static final RegionRef COUNTY = new RegionRef("620422", "会宁县", "county");
    static final RegionRef VILLAGE = new RegionRef(null, "新庄村", "village");

    private SampleEvents() {
    }

    public static RawArticle rawArticle() {
        return new RawArticle(RawArticle.SCHEMA_VERSION, ARTICLE_ID, TITLE, "https://example.org/huining/2020/0108.html",
                "会宁县人民政府", PUBLISHED_AT, "text/html", CONTENT, "http", "GB18030", RECEIVED_AT);
    }

    public static ArticleInfo articleInfo() {
        return new ArticleInfo(TITLE, PUBLISHED_AT, "simplified", COUNTY, TEXT, "会宁县人民政府", null,
                "https://example.org/huining/2020/0108.html");
    }

    public static ArticleEntities articleEntities() {
        return new ArticleEntities(ArticleEntities.SCHEMA_VERSION, ARTICLE_ID, EXTRACTOR_VERSION, PROCESSED_AT,
                articleInfo(), entities(), regions());
    }

    public static ArticleMetrics articleMetrics() {
        return new ArticleMetrics(ArticleMetrics.SCHEMA_VERSION, ARTICLE_ID, EXTRACTOR_VERSION, PROCESSED_AT,
                PUBLISHED_AT, COUNTY, observations(), quantities());
    }

    /** What metrics-service publishes on articles.observations once it has stored {@link #articleMetrics()}. */
    public static CommittedObservations committedObservations() {
        List<StoredObservation> stored = observations().stream().map(SampleEvents::stored).toList();
        return new CommittedObservations(CommittedObservations.SCHEMA_VERSION, ARTICLE_ID, EXTRACTOR_VERSION,
                PROCESSED_AT, PUBLISHED_AT, COUNTY.code(), COMMITTED_AT, stored);
    }

    private static StoredObservation stored(Observation o) {
        String regionKey = o.region().code() != null ? o.region().code() : COUNTY.code() + "/" + o.region().name();
        return new StoredObservation(o.id(), regionKey, o.region().code(), o.region().name(), o.region().level(),
                o.indicator(), o.value(), o.valueMax(), o.unit(), o.period(), o.periodStart(), o.approx(), o.target(),
                o.confidence(), o.kind(), o.evidence());
    }

    /** The line {@code bin/extract} prints for this article. */
    public static Map<String, Object> extractLine() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", "samples/huining.html");
        line.put("articleId", ARTICLE_ID);
        line.put("extractorVersion", EXTRACTOR_VERSION);
        line.put("article", articleInfo());
        line.put("entities", entities());
        line.put("metrics", observations());
        line.put("quantities", quantities());
        return line;
    }

    public static List<Entity> entities() {
        int county = TEXT.indexOf("会宁县", 12);
        int date = TEXT.indexOf("2019年底");
        int office = TEXT.indexOf("县扶贫开发办公室");
        int person = TEXT.indexOf("王建国");
        return List.of(
                new Entity("region", "会宁县", county, county + 3, source(county), source(county + 3),
                        COUNTY.code(), COUNTY.name(), COUNTY.level(), null),
                new Entity("date", "2019年底", date, date + 6, source(date), source(date + 6),
                        null, null, null, "2019-12"),
                Entity.of("organization", "县扶贫开发办公室", office, office + 8),
                Entity.of("person", "王建国", person, person + 3));
    }

    public static List<RegionInfo> regions() {
        return List.of(
                new RegionInfo("620000", "甘肃省", "province", null, List.of("甘肃", "甘")),
                new RegionInfo("620400", "白银市", "prefecture", "620000", List.of("白银")),
                new RegionInfo("620422", "会宁县", "county", "620400", List.of("会宁")),
                new RegionInfo(null, "新庄村", "village", "620422", null));
    }

    public static List<Observation> observations() {
        return List.of(
                observation(COUNTY, "poor_households", "1286户", "1286", null, "household", "2019-12", null, "stock"),
                observation(COUNTY, "poor_population", "5031人", "5031", null, "person", "2019-12", null, "stock"),
                observation(COUNTY, "poverty_incidence", "0.93%", "0.93", null, "percent", "2019-12", null, "rate"),
                observation(COUNTY, "investment", "28.6亿元", "2860000000", null, "yuan", "2019", "2016", "flow"),
                observation(VILLAGE, "investment", "3-5万元", "30000", "50000", "yuan", null, null, "flow"));
    }

    public static List<Quantity> quantities() {
        return List.of(
                quantity("2.7万户", "27000", null, "household"),
                quantity("11.9万人", "119000", null, "person"),
                quantity("28.6亿元", "2860000000", null, "yuan"),
                quantity("3-5万元", "30000", "50000", "yuan"),
                bound("4000户", "4000", "household", "gt"));
    }

    private static Observation observation(RegionRef region, String indicator, String figure, String value,
            String valueMax, String unit, String period, String periodStart, String kind) {
        Evidence evidence = evidence(figure);
        BigDecimal amount = new BigDecimal(value);
        String regionKey = region.code() != null ? region.code() : COUNTY.code() + "/" + region.name();
        String id = ArticleIds.sha256Hex(String.join("|", ARTICLE_ID, indicator, regionKey,
                String.valueOf(evidence.start()), String.valueOf(evidence.end()), amount.toPlainString()))
                .substring(0, 32);
        return new Observation(id, region, indicator, amount, valueMax == null ? null : new BigDecimal(valueMax),
                unit, period, periodStart, false, false, 0.9, kind, evidence);
    }

    /** The clause around a figure, as the extractor quotes it. */
    private static Evidence evidence(String figure) {
        int at = TEXT.indexOf(figure);
        int start = Math.max(TEXT.lastIndexOf('，', at), TEXT.lastIndexOf('。', at)) + 1;
        int end = at + figure.length();
        return new Evidence(TEXT.substring(start, end), start, end, source(start), source(end));
    }

    private static Quantity quantity(String text, String value, String valueMax, String unit) {
        int start = TEXT.indexOf(text);
        return new Quantity(text, new BigDecimal(value), valueMax == null ? null : new BigDecimal(valueMax), unit,
                false, start, start + text.length());
    }

    /** 超过4000户: the figure as a bound (approx, as the recogniser marks every bound). */
    private static Quantity bound(String text, String value, String unit, String bound) {
        int start = TEXT.indexOf(text);
        return new Quantity(text, new BigDecimal(value), null, unit, true, start, start + text.length(), bound);
    }

    /** Offsets in the cleaned text map into the decoded HTML past its head. */
    private static int source(int cleanedOffset) {
        return HTML_HEAD.length() + cleanedOffset;
    }
}
