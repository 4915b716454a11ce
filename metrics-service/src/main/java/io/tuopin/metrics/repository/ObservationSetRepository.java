package io.tuopin.metrics.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tuopin.metrics.domain.MetricsSet;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MetricsSetRepository implements PanacheRepositoryBase<MetricsSet, String> {
}
