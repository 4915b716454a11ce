package io.tuopin.nlp.domain;

import io.tuopin.events.Entity;
import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import io.tuopin.events.RegionInfo;
import java.util.List;

/** Everything the NLP stage makes of one article. */
public record Extraction(
        String articleId,
        CleanedArticle article,
        RegionInfo subject,
        List<Entity> entities,
        List<RegionInfo> regions,
        List<Observation> observations,
        List<Quantity> quantities) {
}
