package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ObservationRepository implements PanacheRepositoryBase<Observation, String> {

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }

    public List<Observation> byArticle(String articleId) {
        return list("articleId = ?1 order by evidenceStart, id", articleId);
    }

    public long countByRegion(String regionKey) {
        return count("regionKey", regionKey);
    }

    /**
     * A region's time series: period (then publication, then id) ascending; {@code from}/{@code to}
     * are inclusive bounds in the period's own format ({@code toUpper} already extended to cover the
     * whole of {@code to}).
     */
    public PanacheQuery<Observation> series(String regionKey, String indicator, String from, String toUpper) {
        StringBuilder where = new StringBuilder("from Observation o where o.regionKey = :region");
        Map<String, Object> params = new HashMap<>();
        params.put("region", regionKey);
        if (indicator != null) {
            where.append(" and o.indicator = :indicator");
            params.put("indicator", indicator);
        }
        if (from != null) {
            where.append(" and o.period >= :from");
            params.put("from", from);
        }
        if (toUpper != null) {
            where.append(" and o.period <= :to");
            params.put("to", toUpper);
        }
        where.append(" order by o.period nulls last, o.publishedAt nulls last, o.id");
        return find(where.toString(), params);
    }

    public List<IndicatorCounts> indicatorCounts() {
        return getEntityManager().createQuery("select new io.tuopin.metrics.repository.IndicatorCounts("
                        + "o.indicator, o.unit, o.kind, count(o), count(distinct o.regionKey), count(distinct o.articleId))"
                        + " from Observation o group by o.indicator, o.unit, o.kind"
                        + " order by o.indicator, o.unit, o.kind", IndicatorCounts.class)
                .getResultList();
    }

    /** Places an article's observations of a village (stored under a provisional key) under its key. */
    public int rekeyVillage(String articleId, String provisionalKey, String key) {
        return update("regionKey = ?1 where articleId = ?2 and regionKey = ?3", key, articleId, provisionalKey);
    }
}
