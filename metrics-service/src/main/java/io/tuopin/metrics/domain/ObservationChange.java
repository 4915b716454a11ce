package io.tuopin.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An outbox row: a committed change of an article's observation set, waiting to be published. */
@Entity
@Table(name = "observation_change")
public class ObservationChange {

    /** Order of the changes; per article it is commit order (writers hold the article's set row lock). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "article_id")
    public String articleId;

    /** {@code CommittedObservations} JSON as published; null publishes a tombstone. */
    public String payload;

    @Column(name = "committed_at")
    public Instant committedAt;

    public String traceparent;
}
