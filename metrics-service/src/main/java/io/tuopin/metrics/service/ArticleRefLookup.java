package io.tuopin.metrics.service;

import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.ArticleRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Names the articles behind a list of figures with one query that leaves their texts unread. */
@ApplicationScoped
public class ArticleRefLookup {
    private final ArticleRepository articles;

    public ArticleRefLookup(ArticleRepository articles) {
        this.articles = articles;
    }

    /**
     * @param publishedAt each figure's article and the publication date the figure carries, for
     *                    articles whose entities record has not arrived yet
     */
    public Function<String, ArticleRefView> forArticles(Map<String, String> publishedAt) {
        Map<String, ArticleRow> known = new HashMap<>();
        articles.rows(publishedAt.keySet()).forEach(a -> known.put(a.id(), a));
        return id -> {
            ArticleRow article = known.get(id);
            return article == null ? new ArticleRefView(id, null, publishedAt.get(id))
                    : new ArticleRefView(id, article.title(), article.publishedAt());
        };
    }
}
