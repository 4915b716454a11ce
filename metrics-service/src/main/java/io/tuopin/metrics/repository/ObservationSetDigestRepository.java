package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.ObservationSetDigest;
import jakarta.enterprise.context.ApplicationScoped;

/** The digest of the observation set last put in the outbox, per article. */
@ApplicationScoped
public class ObservationSetDigestRepository implements PanacheRepositoryBase<ObservationSetDigest, String> {
}
