package io.tuopin.metrics.messaging;

import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.Entity;
import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.validation.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The rules a record must satisfy to be stored; each failure names what is wrong. */
final class EventChecks {
    private static final String VILLAGE = "village";
    private static final BigDecimal MAX_VALUE = new BigDecimal("1e27");

    private EventChecks() {
    }

    /**
     * @param key       the record's key, which must be its article id (compaction and ordering depend on it)
     * @param latestTime the latest {@code processedAt} believable now (the clock plus the allowed skew)
     */
    static void header(String key, int schemaVersion, int supported, String articleId, String extractorVersion,
                       Instant processedAt, Instant latestTime) {
        if (schemaVersion != supported) {
            fail("unsupported schemaVersion " + schemaVersion + " (this consumer reads " + supported + ")");
        }
        if (articleId == null || articleId.isBlank()) {
            fail("articleId is missing");
        }
        require(Formats.isArticleId(articleId), "articleId '" + shorten(articleId)
                + "' is not 32 lower-case hex digits");
        require(extractorVersion != null && !extractorVersion.isBlank() && extractorVersion.length() <= 64,
                "extractorVersion is missing or longer than 64 characters");
        require(processedAt != null, "processedAt is missing");
        require(articleId.equals(key), "the record key '" + shorten(key) + "' is not its articleId '" + articleId + "'");
        require(!processedAt.isAfter(latestTime), "processedAt " + processedAt + " is in the future (later than "
                + latestTime + ", this service's clock plus tuopin.metrics.max-clock-skew)");
    }

    /** Every region code a record names must be one the gazetteer knows; villages have none. */
    static void knownCodes(Stream<String> codes, Predicate<String> known) {
        codes.filter(Objects::nonNull).distinct().filter(known.negate()).findFirst().ifPresent(code ->
                fail("region code " + shorten(code) + " is not in the gazetteer"));
    }

    static Stream<String> codes(ArticleEntities event) {
        return Stream.of(Stream.of(event.article().region()).filter(Objects::nonNull).map(RegionRef::code),
                        event.regions().stream().map(RegionInfo::code),
                        event.regions().stream().map(RegionInfo::parentCode),
                        event.entities().stream().filter(e -> e != null && "region".equals(e.type())).map(Entity::code))
                .flatMap(s -> s);
    }

    static Stream<String> codes(ArticleMetrics event) {
        return Stream.concat(Stream.ofNullable(event.region()).map(RegionRef::code),
                event.metrics().stream().filter(o -> o.region() != null).map(o -> o.region().code()));
    }

    static void entities(ArticleEntities event) {
        require(event.article() != null, "article is missing");
        for (RegionInfo region : Objects.requireNonNullElse(event.regions(), List.<RegionInfo>of())) {
            require(region != null && region.name() != null && region.level() != null,
                    "a region lacks its name or level");
            require(region.code() == null || Formats.isRegionCode(region.code()),
                    "region code '" + shorten(region.code()) + "' is not 6, 9 or 12 digits");
            requireVillageCodeFitsLevel(region.code(), region.level(), "region " + region.name());
            require(region.parentCode() != null || region.code() != null && !VILLAGE.equals(region.level()),
                    "village " + region.name() + " has no parentCode");
        }
    }

    static void metrics(ArticleMetrics event) {
        List<Observation> observations = event.metrics();
        for (int i = 0; i < observations.size(); i++) {
            observation(i, observations.get(i));
        }
    }

    private static void observation(int index, Observation o) {
        String where = "metrics[" + index + "]: ";
        require(o != null, where + "null observation");
        require(o.id() != null && !o.id().isBlank() && o.id().length() <= 32, where + "id missing or too long");
        require(Formats.isIndicator(o.indicator()),
                where + "indicator missing or not a lower-case key");
        require(o.value() != null && o.value().abs().compareTo(MAX_VALUE) < 0, where + "value missing or out of range");
        require(o.valueMax() == null || o.valueMax().abs().compareTo(MAX_VALUE) < 0, where + "valueMax out of range");
        region(where, o.region());
        require(o.period() == null || Formats.isPeriod(o.period()), where + "period is not YYYY[-MM[-DD]]");
        require(o.periodStart() == null || Formats.isPeriod(o.periodStart()),
                where + "periodStart is not YYYY[-MM[-DD]]");
        require(o.unit() == null || o.unit().length() <= 32, where + "unit longer than 32 characters");
    }

    /** A null region is an unknown one (an article that names no place): the figure stays with its article. */
    private static void region(String where, RegionRef region) {
        if (region == null) {
            return;
        }
        require(region.code() == null || Formats.isRegionCode(region.code()),
                where + "region code is not 6, 9 or 12 digits");
        requireVillageCodeFitsLevel(region.code(), region.level(), where + "region");
        require(region.code() != null || region.name() != null, where + "region has neither code nor name");
    }

    /** 12 digits are a village's code, and only a village's. */
    private static void requireVillageCodeFitsLevel(String code, String level, String what) {
        if (code != null) {
            require(code.length() == Formats.VILLAGE_CODE_LENGTH == VILLAGE.equals(level),
                    what + ": a 12-digit code belongs to a village, and a village's code has 12 digits");
        }
    }

    static ArticleEntities withDefaults(ArticleEntities e) {
        return new ArticleEntities(e.schemaVersion(), e.articleId(), e.extractorVersion(), e.processedAt(),
                e.article(), Objects.requireNonNullElse(e.entities(), List.of()),
                Objects.requireNonNullElse(e.regions(), List.of()));
    }

    static ArticleMetrics withDefaults(ArticleMetrics m) {
        return new ArticleMetrics(m.schemaVersion(), m.articleId(), m.extractorVersion(), m.processedAt(),
                m.publishedAt(), m.region(), Objects.requireNonNullElse(m.metrics(), List.of()),
                Objects.requireNonNullElse(m.quantities(), List.of()));
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            fail(reason);
        }
    }

    private static void fail(String reason) {
        throw new PoisonRecordException(reason);
    }

    private static String shorten(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
