package io.tuopin.metrics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How often one article mentions one region. */
@Entity
@Table(name = "region_mention")
public class RegionMention {

    /** {@code articleId|regionKey}. */
    @Id
    public String id;

    @Column(name = "article_id")
    public String articleId;

    @Column(name = "region_key")
    public String regionKey;

    public int mentions;

    public static RegionMention of(String articleId, String regionKey, int mentions) {
        RegionMention mention = new RegionMention();
        mention.id = articleId + "|" + regionKey;
        mention.articleId = articleId;
        mention.regionKey = regionKey;
        mention.mentions = mentions;
        return mention;
    }
}
