package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.Article;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * Articles about, mentioning or giving figures for a region (null: any), whose title or text
     * contains q (null: any), newest first.
     */
    public PanacheQuery<Article> search(String regionKey, String q) {
        StringBuilder where = new StringBuilder("from Article a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (regionKey != null) {
            where.append(" and (a.regionKey = :region")
                    .append(" or exists (select 1 from RegionMention m where m.articleId = a.id and m.regionKey = :region)")
                    .append(" or exists (select 1 from MetricObservation o where o.articleId = a.id and o.regionKey = :region))");
            params.put("region", regionKey);
        }
        if (q != null) {
            where.append(" and (a.title like :contains or a.text like :contains)");
            params.put("contains", "%" + q + "%");
        }
        return find(where.append(" order by a.publishedAt desc nulls last, a.id").toString(), params);
    }

    public List<Article> byIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<String> idsAbout(String regionKey) {
        return getEntityManager().createQuery("select a.id from Article a where a.regionKey = :k", String.class)
                .setParameter("k", regionKey).getResultList();
    }
}
