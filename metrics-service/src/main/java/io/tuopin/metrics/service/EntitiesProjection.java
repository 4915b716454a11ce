package io.tuopin.metrics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.tuopin.events.ArticleEntities;
import io.tuopin.events.ArticleInfo;
import io.tuopin.events.Entity;
import io.tuopin.events.EventJson;
import io.tuopin.events.RegionInfo;
import io.tuopin.metrics.domain.Article;
import io.tuopin.metrics.domain.RegionMention;
import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionMentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Applies an {@code articles.entities} record: the article, its regions and its mention counts.
 * A record processed earlier than the stored one is ignored; otherwise the article's entities and
 * mentions are replaced, so a replay changes nothing. Must run inside a transaction.
 */
@ApplicationScoped
public class EntitiesProjection {
    private static final Logger LOG = Logger.getLogger(EntitiesProjection.class);
    private static final String REGION = "region";

    private final ArticleRepository articles;
    private final RegionMentionRepository mentions;
    private final ObservationRepository observations;
    private final RegionCatalog regionCatalog;

    public EntitiesProjection(ArticleRepository articles, RegionMentionRepository mentions,
                              ObservationRepository observations, RegionCatalog regionCatalog) {
        this.articles = articles;
        this.mentions = mentions;
        this.observations = observations;
        this.regionCatalog = regionCatalog;
    }

    /** Returns false when the record was stale and ignored. */
    public boolean apply(ArticleEntities event) {
        Article article = articles.findById(event.articleId());
        if (article != null && Timestamps.isStale(event.processedAt(), article.processedAt)) {
            LOG.infof("ignoring entities of %s processed at %s: the stored ones are newer (%s)",
                    event.articleId(), event.processedAt(), article.processedAt);
            return false;
        }
        List<RegionInfo> regions = event.regions();
        regionCatalog.merge(regions);
        boolean isNew = article == null;
        if (isNew) {
            article = new Article();
            article.id = event.articleId();
        }
        describe(article, event);
        if (isNew) {
            // Hibernate captures an entity's state for the INSERT when it is persisted
            articles.persist(article);
        }
        replaceMentions(event.articleId(), event.entities(), regions);
        placeVillageFigures(event.articleId(), regions);
        return true;
    }

    private static void describe(Article article, ArticleEntities event) {
        ArticleInfo info = event.article();
        article.title = info.title();
        article.source = info.source();
        article.url = info.url();
        article.author = info.author();
        article.publishedAt = info.publishedAt();
        article.script = info.script();
        article.text = info.text();
        article.regionKey = RegionKeys.of(info.region(), event.regions()).orElse(null);
        article.entitiesJson = toJson(event.entities());
        article.extractorVersion = event.extractorVersion();
        article.processedAt = Timestamps.micros(event.processedAt());
    }

    private void replaceMentions(String articleId, List<Entity> entities, List<RegionInfo> regions) {
        mentions.deleteByArticle(articleId);
        Map<String, Integer> counts = new TreeMap<>();
        for (Entity entity : entities) {
            if (REGION.equals(entity.type())) {
                regionKey(entity, regions).ifPresent(key -> counts.merge(key, 1, Integer::sum));
            }
        }
        counts.forEach((key, count) -> mentions.persist(RegionMention.of(articleId, key, count)));
    }

    private static Optional<String> regionKey(Entity entity, List<RegionInfo> regions) {
        if (entity.code() != null) {
            return Optional.of(entity.code());
        }
        return RegionKeys.villageKey(entity.name() != null ? entity.name() : entity.text(), regions);
    }

    /** Figures about a village that arrived before this record wait under a provisional key. */
    private void placeVillageFigures(String articleId, List<RegionInfo> regions) {
        for (RegionInfo region : regions) {
            if (region.code() == null) {
                observations.rekeyVillage(articleId, RegionKeys.provisionalVillage(region.name()), RegionKeys.of(region));
            }
        }
    }

    private static String toJson(List<Entity> entities) {
        try {
            return EventJson.mapper().writeValueAsString(entities);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entities could not be written as JSON", e);
        }
    }
}
