package io.tuopin.metrics.service;

import io.tuopin.metrics.domain.Article;
import io.tuopin.metrics.domain.MetricObservation;
import io.tuopin.metrics.repository.ArticleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names the articles behind a list of observations with one query. */
@ApplicationScoped
public class ArticleRefLookup {

    @Inject
    ArticleRepository articles;

    public Function<String, ArticleRefView> forObservations(List<MetricObservation> observations) {
        Set<String> ids = observations.stream().map(o -> o.articleId).collect(Collectors.toSet());
        Map<String, Article> known = new HashMap<>();
        articles.byIds(ids).forEach(a -> known.put(a.id, a));
        Map<String, String> published = new HashMap<>();
        observations.forEach(o -> published.putIfAbsent(o.articleId, o.publishedAt));
        return id -> {
            Article article = known.get(id);
            return article == null ? new ArticleRefView(id, null, published.get(id))
                    : new ArticleRefView(id, article.title, article.publishedAt);
        };
    }
}
