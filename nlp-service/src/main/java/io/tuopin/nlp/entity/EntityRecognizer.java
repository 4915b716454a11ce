package io.tuopin.nlp.entity;

import io.tuopin.events.Entity;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.RegionAnalysis;
import java.util.List;

/** Finds people, organisations and dates (regions come from the RegionRecognizer). Thread-safe. */
public interface EntityRecognizer {
    List<Entity> recognize(CleanedArticle article, RegionAnalysis regions);
}
