package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {
    private final boolean postgresql;

    public ArticleRepository(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.postgresql = "postgresql".equals(databaseKind);
    }

    private static final String ROW = "select new io.tuopin.metrics.repository.ArticleRow(a.id, a.title, a.source, a.url,"
            + " a.publishedAt, a.regionKey, a.script, a.extractorVersion, a.processedAt)";
    // nulls last spelt out: Hibernate leaves "nulls last" out for H2, whose PostgreSQL mode then sorts them first
    private static final String ORDER = " order by case when a.publishedAt is null then 1 else 0 end,"
            + " a.publishedAt desc, a.id";

    /** Where the list's next page starts: after this article in the list's order (publishedAt may be null). */
    public record ListPosition(String publishedAt, String id) {
    }

    /**
     * Articles about, mentioning or giving figures for a region (null: any), whose title or text
     * contains q (null: any), newest first, without their texts; a page starts at {@code offset}, or
     * after {@code after} when given.
     */
    public List<ArticleRow> search(String regionKey, String q, ListPosition after, int offset, int limit) {
        if (q != null) {
            preferIndexes();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(filter(regionKey, q, params));
        if (after != null) {
            where.append(after.publishedAt() == null
                    ? " and a.publishedAt is null and a.id > :afterId"
                    : " and (a.publishedAt < :afterPublished or a.publishedAt is null"
                            + " or (a.publishedAt = :afterPublished and a.id > :afterId))");
            params.put("afterId", after.id());
            if (after.publishedAt() != null) {
                params.put("afterPublished", after.publishedAt());
            }
        }
        TypedQuery<ArticleRow> query = getEntityManager().createQuery(ROW + where + ORDER, ArticleRow.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countMatching(String regionKey, String q) {
        if (q != null) {
            preferIndexes();
        }
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery("select count(a)" + filter(regionKey, q, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String filter(String regionKey, String q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" from Article a where 1 = 1");
        if (regionKey != null) {
            where.append(" and (a.regionKey = :region")
                    .append(" or exists (select 1 from RegionMention m where m.articleId = a.id and m.regionKey = :region)")
                    .append(" or exists (select 1 from Observation o where o.articleId = a.id and o.regionKey = :region))");
            params.put("region", regionKey);
        }
        if (q != null) {
            // PostgreSQL answers these from trigram indexes (V2__SearchIndexes)
            where.append(" and (a.title like :contains or a.text like :contains)");
            params.put("contains", "%" + q + "%");
        }
        return where.toString();
    }

    /**
     * PostgreSQL's planner does not count the cost of reading texts stored out of line (TOAST), so it
     * takes a scan of every article text for cheap and passes over the trigram indexes; for the rest
     * of the transaction it uses an index where one serves. Needs a transaction.
     */
    private void preferIndexes() {
        if (postgresql) {
            getEntityManager().createNativeQuery("set local enable_seqscan = off").executeUpdate();
        }
    }

    /** Id, title and publication date of these articles, their texts left unread. */
    public List<ArticleRow> rows(Collection<String> ids) {
        return ids.isEmpty() ? List.of()
                : getEntityManager().createQuery(ROW + " from Article a where a.id in :ids", ArticleRow.class)
                        .setParameter("ids", ids).getResultList();
    }

    /** How many articles are about the region, mention it or give figures for it. */
    public long countAbout(String regionKey) {
        Number count = (Number) getEntityManager().createNativeQuery("select count(*) from ("
                        + "select id from article where region_key = :k"
                        + " union select article_id from region_mention where region_key = :k"
                        + " union select article_id from observation where region_key = :k) about")
                .setParameter("k", regionKey).getSingleResult();
        return count.longValue();
    }
}
