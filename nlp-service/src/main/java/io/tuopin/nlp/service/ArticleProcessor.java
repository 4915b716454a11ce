package io.tuopin.nlp.service;

import io.tuopin.events.Entity;
import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.ArticleInput;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.Extraction;
import io.tuopin.nlp.domain.Interruptions;
import io.tuopin.nlp.domain.MetricResult;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.entity.EntityRecognizer;
import io.tuopin.nlp.metric.MetricExtractor;
import io.tuopin.nlp.region.RegionRecognizer;
import io.tuopin.nlp.text.ArticleCleaner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The NLP stage: clean, find regions and entities, extract metrics. Shared by the service and bin/extract. */
public class ArticleProcessor {
    private final ArticleCleaner cleaner;
    private final RegionRecognizer regionRecognizer;
    private final EntityRecognizer entityRecognizer;
    private final MetricExtractor metricExtractor;

    public ArticleProcessor(ArticleCleaner cleaner, RegionRecognizer regionRecognizer,
            EntityRecognizer entityRecognizer, MetricExtractor metricExtractor) {
        this.cleaner = cleaner;
        this.regionRecognizer = regionRecognizer;
        this.entityRecognizer = entityRecognizer;
        this.metricExtractor = metricExtractor;
    }

    public Extraction process(ArticleInput input) {
        CleanedArticle article = cleaner.clean(input);
        Interruptions.check();
        RegionAnalysis regions = regionRecognizer.recognize(article, input.regionHint());
        Interruptions.check();
        List<Entity> entities = new ArrayList<>(regionEntities(article, regions));
        entities.addAll(entityRecognizer.recognize(article, regions));
        entities.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        Interruptions.check();
        MetricResult metrics = metricExtractor.extract(input.id(), article, regions);
        return new Extraction(input.id(), article, regions.subject(), entities, regions.regions(),
                metrics.observations(), metrics.quantities());
    }

    private static List<Entity> regionEntities(CleanedArticle article, RegionAnalysis regions) {
        return regions.mentions().stream().map(m -> regionEntity(article, m)).toList();
    }

    private static Entity regionEntity(CleanedArticle article, RegionMention mention) {
        RegionInfo region = mention.region();
        return new Entity("region", mention.text(), mention.start(), mention.end(),
                article.sourceStart(mention.start()), article.sourceEnd(mention.end()),
                region.code(), region.name(), region.level(), null);
    }
}
