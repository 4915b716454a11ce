package io.tuopin.metrics.support;

import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleInfo;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.Entity;
import io.tuopin.events.Evidence;
import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** Builds event payloads for tests (texts are our own invented samples). */
public final class TestEvents {
    public static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    public static final Instant T2 = Instant.parse("2026-01-02T10:00:00Z");

    private TestEvents() {
    }

    /** A fresh article id (32 hex digits, as ArticleIds makes them). */
    public static String newArticleId() {
        return sha(UUID.randomUUID().toString());
    }

    public static RegionRef county(String code, String name) {
        return new RegionRef(code, name, "county");
    }

    public static Observation observation(String articleId, RegionRef region, String indicator, String value,
                                          String unit, String period, String kind, int start) {
        String evidence = "样例证据" + value;
        String code = region == null ? "-" : region.code();
        return new Observation(sha(articleId + "|" + indicator + "|" + code + "|" + start + "|" + value),
                region, indicator, new BigDecimal(value), null, unit, period, null, false, false, 0.9, kind,
                new Evidence(evidence, start, start + evidence.length(), start + 2, start + 2 + evidence.length()));
    }

    public static ArticleMetrics metrics(String articleId, Instant processedAt, String publishedAt, RegionRef region,
                                         List<Observation> observations) {
        return new ArticleMetrics(1, articleId, "test-1", processedAt, publishedAt, region, observations, List.of());
    }

    /** An article that names no place: no subject, no region entity, no regions. */
    public static ArticleEntities entitiesWithoutRegion(String articleId, Instant processedAt, String title) {
        return new ArticleEntities(1, articleId, "test-1", processedAt,
                new ArticleInfo(title, "2026-01-01", "simplified", null, "我县今年的扶贫工作取得进展。", "测试来源", null,
                        "https://example.org/" + articleId),
                List.of(), List.of());
    }

    public static ArticleEntities entities(String articleId, Instant processedAt, String title, RegionRef subject,
                                           List<RegionInfo> regions) {
        String text = "这是一篇测试文章，" + subject.name() + "的扶贫工作取得进展。";
        int start = text.indexOf(subject.name());
        Entity mention = new Entity("region", subject.name(), start, start + subject.name().length(), start, start
                + subject.name().length(), subject.code(), subject.name(), subject.level(), null);
        return new ArticleEntities(1, articleId, "test-1", processedAt,
                new ArticleInfo(title, "2026-01-01", "simplified", subject, text, "测试来源", null,
                        "https://example.org/" + articleId),
                List.of(mention), regions);
    }

    public static String sha(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
