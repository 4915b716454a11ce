package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.RegionMention;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegionMentionRepository implements PanacheRepositoryBase<RegionMention, String> {

    public long deleteByArticle(String articleId) {
        return delete("articleId", articleId);
    }

    public long totalMentions(String regionKey) {
        Long total = getEntityManager()
                .createQuery("select sum(m.mentions) from RegionMention m where m.regionKey = :k", Long.class)
                .setParameter("k", regionKey).getSingleResult();
        return total == null ? 0 : total;
    }
}
