package io.tuopin.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An article as the newest {@code articles.entities} record describes it. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String id;

    public String title;

    public String source;

    public String url;

    public String author;

    /** {@code YYYY-MM-DD}, or null when the article does not say. */
    @Column(name = "published_at")
    public String publishedAt;

    /** Key of the region the article is about. */
    @Column(name = "region_key")
    public String regionKey;

    public String script;

    @Column(name = "clean_text")
    public String text;

    /** The entities with their offsets, as the event carried them (JSON array). */
    @Column(name = "entities_json")
    public String entitiesJson;

    @Column(name = "extractor_version")
    public String extractorVersion;

    @Column(name = "processed_at")
    public Instant processedAt;
}
