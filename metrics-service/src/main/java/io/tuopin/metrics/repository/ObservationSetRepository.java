package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.ObservationSet;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ObservationSetRepository implements PanacheRepositoryBase<ObservationSet, String> {
}
