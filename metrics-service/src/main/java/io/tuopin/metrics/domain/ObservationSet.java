package io.tuopin.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which {@code articles.metrics} record an article's stored observations came from. */
@Entity
@Table(name = "observation_set")
public class ObservationSet {

    @Id
    @Column(name = "article_id")
    public String articleId;

    @Column(name = "extractor_version")
    public String extractorVersion;

    /** A record processed earlier than this is stale and ignored. */
    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "published_at")
    public String publishedAt;

    @Column(name = "region_key")
    public String regionKey;

    @Column(name = "observation_count")
    public int observationCount;
}
