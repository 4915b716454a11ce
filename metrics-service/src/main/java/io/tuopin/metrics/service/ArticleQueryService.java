package io.tuopin.metrics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.tuopin.events.EventJson;
import io.tuopin.metrics.domain.Article;
import io.tuopin.metrics.domain.MetricsSet;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.MetricsSetRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Article lists and the article page. */
@ApplicationScoped
public class ArticleQueryService {

    @Inject
    ArticleRepository articles;

    @Inject
    MetricsSetRepository sets;

    @Inject
    ObservationRepository observations;

    @Inject
    RegionRepository regions;

    @Inject
    RegionQueryService regionQueries;

    @Inject
    ObservationQueryService observationQueries;

    /** {@code regionCode} and {@code q} are optional; an unknown region code is a 404. */
    public PageResult<ArticleSummary> search(String regionCode, String q, PageRequest page) {
        String regionKey = regionCode == null ? null : regionQueries.find(regionCode).key;
        PanacheQuery<Article> query = articles.search(regionKey, SearchText.simplified(q));
        List<ArticleSummary> items = query.page(Page.of(page.page(), page.size())).list().stream()
                .map(a -> ArticleSummary.of(a, region(a.regionKey))).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    public ArticleDetail detail(String id) {
        Article article = articles.findById(id);
        MetricsSet set = sets.findById(id);
        if (article == null && set == null) {
            throw new UnknownResourceException("no article with id " + id + " is known");
        }
        List<ObservationView> figures = observationQueries.views(observations.byArticle(id));
        if (article == null) {
            return new ArticleDetail(id, null, null, null, null, set.publishedAt, null, region(set.regionKey), null,
                    null, null, null, set.extractorVersion, set.processedAt, figures);
        }
        return new ArticleDetail(id, article.title, article.source, article.url, article.author, article.publishedAt,
                article.script, region(article.regionKey), article.text, entities(article.entitiesJson),
                article.extractorVersion, article.processedAt,
                set == null ? null : set.extractorVersion, set == null ? null : set.processedAt, figures);
    }

    private RegionRefView region(String key) {
        if (key == null) {
            return null;
        }
        Region region = regions.findById(key);
        return region == null ? new RegionRefView(key, null, null, null) : RegionRefView.of(region);
    }

    private static JsonNode entities(String json) {
        try {
            return json == null ? null : EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored entities of an article are not JSON", e);
        }
    }
}
