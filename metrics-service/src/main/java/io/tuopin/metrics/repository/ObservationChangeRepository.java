package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.ObservationChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The outbox of articles.observations and the relay's lease. */
@ApplicationScoped
public class ObservationChangeRepository implements PanacheRepositoryBase<ObservationChange, Long> {

    /**
     * Takes the relay lease for the current transaction, or returns false at once when another
     * replica holds it (PostgreSQL and H2 both know {@code FOR UPDATE SKIP LOCKED}).
     */
    public boolean tryLease() {
        return !getEntityManager()
                .createNativeQuery("select id from observation_relay_lease where id = 1 for update skip locked")
                .getResultList().isEmpty();
    }

    /** The oldest changes, in outbox order. */
    public List<ObservationChange> oldest(int limit) {
        return find("order by seq").page(0, limit).list();
    }

    public long deleteAll(List<Long> seqs) {
        return seqs.isEmpty() ? 0 : delete("seq in ?1", seqs);
    }

    public long countByArticle(String articleId) {
        return count("articleId", articleId);
    }
}
