package io.tuopin.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One figure about one region, read out of one article. */
@Entity
@Table(name = "observation")
public class Observation {

    /** Observation.id of the event: deterministic, so a replay writes the same row. */
    @Id
    public String id;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "region_key")
    public String regionKey;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;

    @Column(name = "region_level")
    public String regionLevel;

    public String indicator;

    @Column(name = "obs_value")
    public BigDecimal value;

    @Column(name = "value_max")
    public BigDecimal valueMax;

    public String unit;

    public String period;

    @Column(name = "period_start")
    public String periodStart;

    public boolean approx;

    public boolean target;

    public double confidence;

    /** {@code stock}, {@code rate} or {@code flow}. */
    public String kind;

    @Column(name = "evidence_text")
    public String evidenceText;

    @Column(name = "evidence_start")
    public Integer evidenceStart;

    @Column(name = "evidence_end")
    public Integer evidenceEnd;

    @Column(name = "source_start")
    public Integer sourceStart;

    @Column(name = "source_end")
    public Integer sourceEnd;

    /** The article's publication date, copied so that ordering needs no join. */
    @Column(name = "published_at")
    public String publishedAt;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "processed_at")
    public Instant processedAt;
}
