package io.tuopin.metrics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * A region page's figures, aggregated and bounded in SQL (portable: PostgreSQL and H2 in PostgreSQL
 * mode). A group is one region, indicator and unit; targets and the catch-all {@code other} never
 * count; a group with any flow among its figures is a flow.
 */
@ApplicationScoped
public class FigureQueries {
    private static final String GROUPS = "with grp as (select region_key, indicator, coalesce(unit, '') as unit_key,"
            + " max(period) as last_period, max(case when kind = 'flow' then 1 else 0 end) as is_flow"
            + " from observation where region_key in (:keys) and target = false and indicator <> 'other'"
            + " group by region_key, indicator, coalesce(unit, ''))";
    private static final String FIELDS = "id, region_key, article_id, indicator, unit, kind, obs_value, value_max, period,"
            + " period_start, approx, target, published_at, evidence_text, evidence_start, evidence_end, source_start,"
            + " source_end";
    private static final String O_FIELDS = "o." + FIELDS.replace(", ", ", o.");
    private static final String IN_GROUPS = " from observation o join grp g on g.region_key = o.region_key"
            + " and g.indicator = o.indicator and g.unit_key = coalesce(o.unit, '') where o.target = false";
    private static final String NEWEST_FIRST = " order by o.published_at desc nulls last, o.id";
    /**
     * Stocks and rates in their group's latest period: the newest report of each distinct value,
     * newest first, at most :limit per group, each with the group's number of distinct values.
     */
    private static final String CURRENT = GROUPS
            + ", newest_per_value as (select " + O_FIELDS + ", row_number() over (partition by o.region_key,"
            + " o.indicator, g.unit_key, o.obs_value" + NEWEST_FIRST + ") as value_rank" + IN_GROUPS
            + " and g.is_flow = 0 and coalesce(o.period, '') = coalesce(g.last_period, ''))"
            + " select " + FIELDS + ", values_in_period from (select " + O_FIELDS + ", row_number() over (partition by"
            + " o.region_key, o.indicator, coalesce(o.unit, '')" + NEWEST_FIRST + ") as position, count(*) over"
            + " (partition by o.region_key, o.indicator, coalesce(o.unit, '')) as values_in_period"
            + " from newest_per_value o where o.value_rank = 1) ranked where position <= :limit"
            + " order by region_key, indicator, unit, position";
    private static final String FLOW_TOTALS = GROUPS + " select o.indicator, max(o.unit), o.period,"
            + " sum(distinct o.obs_value), count(*)" + IN_GROUPS + " and g.is_flow = 1"
            + " group by o.indicator, coalesce(o.unit, ''), o.period";
    /** The newest figures of each flow period, at most :limit per period. */
    private static final String FLOW_ITEMS = GROUPS + " select " + FIELDS + ", 0 from (select " + O_FIELDS
            + ", row_number() over (partition by o.indicator, coalesce(o.unit, ''), o.period" + NEWEST_FIRST
            + ") as position" + IN_GROUPS + " and g.is_flow = 1) ranked where position <= :limit";

    private final EntityManager entityManager;

    public FigureQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For each stock and rate of these regions, candidates for its current value (see {@link #CURRENT}). */
    public List<FigureRow> currentCandidates(Collection<String> regionKeys, int perGroup) {
        return rows(CURRENT, regionKeys, perGroup).stream().map(FigureQueries::figure).toList();
    }

    /** A region's flows per period: the sum of distinct values and the number of figures. */
    public List<FlowTotal> flowTotals(String regionKey) {
        return entityManager.createNativeQuery(FLOW_TOTALS, Object[].class).setParameter("keys", List.of(regionKey))
                .getResultList().stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new FlowTotal((String) r[0], (String) r[1], (String) r[2], decimal(r[3]),
                            ((Number) r[4]).longValue());
                }).toList();
    }

    /** The newest figures of each of a region's flows per period, at most {@code perPeriod} each. */
    public List<FigureRow> flowItems(String regionKey, int perPeriod) {
        return rows(FLOW_ITEMS, List.of(regionKey), perPeriod).stream().map(FigureQueries::figure).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<String> regionKeys, int limit) {
        return entityManager.createNativeQuery(sql, Object[].class).setParameter("keys", regionKeys)
                .setParameter("limit", limit).getResultList();
    }

    private static FigureRow figure(Object[] r) {
        return new FigureRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                decimal(r[6]), decimal(r[7]), (String) r[8], (String) r[9], (Boolean) r[10], (Boolean) r[11],
                (String) r[12], (String) r[13], integer(r[14]), integer(r[15]), integer(r[16]), integer(r[17]),
                ((Number) r[18]).longValue());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
