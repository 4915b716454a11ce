package io.tuopin.nlp.metric;

import io.tuopin.events.ArticleIds;
import io.tuopin.events.Evidence;
import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.number.RecognizedQuantity;

/** Builds observations of one article with their deterministic ids and evidence spans. */
final class ObservationFactory {
    private final String articleId;
    private final CleanedArticle article;

    ObservationFactory(String articleId, CleanedArticle article) {
        this.articleId = articleId;
        this.article = article;
    }

    Observation create(RegionInfo region, String indicator, String kind, RecognizedQuantity q, Period period,
                       boolean target, double confidence, int evidenceStart, int evidenceEnd) {
        Evidence evidence = new Evidence(article.text().substring(evidenceStart, evidenceEnd), evidenceStart,
                evidenceEnd, article.sourceStart(evidenceStart), article.sourceEnd(evidenceEnd));
        String id = id(articleId, indicator, regionKey(region), evidenceStart, evidenceEnd,
                q.value().stripTrailingZeros().toPlainString());
        RegionRef ref = region == null ? null : new RegionRef(region.code(), region.name(), region.level());
        return new Observation(id, ref, indicator, q.value(),
                q.valueMax(), q.unit(), period.period(), period.start(), q.approx(), target,
                Math.round(confidence * 100) / 100.0, kind, evidence);
    }

    /** First 32 hex digits of SHA-256 over articleId|indicator|regionKey|start|end|value. */
    static String id(String articleId, String indicator, String regionKey, int start, int end, String value) {
        return ArticleIds.sha256Hex(String.join("|", articleId, indicator, regionKey, String.valueOf(start),
                String.valueOf(end), value)).substring(0, 32);
    }

    /** The code; a village (no code) is parentCode/name; a figure whose region the article never names, empty. */
    static String regionKey(RegionInfo region) {
        if (region == null) {
            return "";
        }
        return region.code() != null ? region.code() : region.parentCode() + "/" + region.name();
    }
}
