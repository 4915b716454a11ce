package io.tuopin.metrics.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tuopin.events.EventJson;
import io.tuopin.metrics.domain.Article;
import io.tuopin.metrics.domain.ObservationSet;
import io.tuopin.metrics.domain.Region;
import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.ArticleRepository.ListPosition;
import io.tuopin.metrics.repository.ArticleRow;
import io.tuopin.metrics.repository.ObservationSetRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Article lists (without texts) and the article page. */
@ApplicationScoped
public class ArticleQueryService {
    private final ArticleRepository articles;
    private final ObservationSetRepository sets;
    private final ObservationRepository observations;
    private final RegionRepository regions;
    private final RegionQueryService regionQueries;
    private final ObservationQueryService observationQueries;

    public ArticleQueryService(ArticleRepository articles, ObservationSetRepository sets, ObservationRepository observations,
                               RegionRepository regions, RegionQueryService regionQueries,
                               ObservationQueryService observationQueries) {
        this.articles = articles;
        this.sets = sets;
        this.observations = observations;
        this.regions = regions;
        this.regionQueries = regionQueries;
        this.observationQueries = observationQueries;
    }

    /**
     * {@code regionCode} and {@code q} are optional; an unknown region code is a 404. With
     * {@code after} the page starts after that article (keyset paging), else at the page's offset.
     */
    @Transactional // read only; lets the repository tune the text search's plan for this transaction
    public PageResult<ArticleSummary> search(String regionCode, String q, PageRequest page, ListPosition after) {
        String regionKey = regionCode == null ? null : regionQueries.find(regionCode).key;
        String text = SearchText.simplified(q);
        int offset = after == null ? page.page() * page.size() : 0;
        List<ArticleRow> rows = articles.search(regionKey, text, after, offset, page.size() + 1);
        boolean more = rows.size() > page.size();
        List<ArticleRow> shown = more ? rows.subList(0, page.size()) : rows;
        Map<String, RegionRefView> places = regionsOf(shown);
        List<ArticleSummary> items = shown.stream().map(a -> ArticleSummary.of(a, places.get(a.regionKey()))).toList();
        ArticleRow last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = more ? ArticleCursor.encode(new ListPosition(last.publishedAt(), last.id())) : null;
        return new PageResult<>(items, page.page(), page.size(), articles.countMatching(regionKey, text), next);
    }

    public ArticleDetail detail(String id) {
        Article article = articles.findById(id);
        ObservationSet set = sets.findById(id);
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

    private Map<String, RegionRefView> regionsOf(List<ArticleRow> rows) {
        Map<String, RegionRefView> places = new HashMap<>();
        rows.stream().map(ArticleRow::regionKey).filter(Objects::nonNull).distinct()
                .forEach(key -> places.put(key, region(key)));
        return places;
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
