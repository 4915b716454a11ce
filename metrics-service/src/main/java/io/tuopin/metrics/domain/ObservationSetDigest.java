package io.tuopin.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The digest of the observation set last put in the outbox for an article. */
@Entity
@Table(name = "observation_set_digest")
public class ObservationSetDigest {

    @Id
    @Column(name = "article_id")
    public String articleId;

    public String digest;
}
