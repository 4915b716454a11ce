package io.tuopin.nlp.domain;

import io.tuopin.events.ArticleInfo;
import io.tuopin.events.Entity;
import io.tuopin.events.Observation;
import io.tuopin.events.Quantity;
import java.util.List;

/** One line of {@code bin/extract} output: what the NLP stage makes of one file. */
public record ExtractResult(
        String source,
        String articleId,
        String extractorVersion,
        ArticleInfo article,
        List<Entity> entities,
        List<Observation> metrics,
        List<Quantity> quantities) {
}
