package io.tuopin.nlp.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.tuopin.events.RawArticle;
import io.tuopin.nlp.domain.Extraction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code articles.raw}. The input's offset is committed only after both results have been
 * acknowledged by the broker; a crash in between re-processes the article, which is harmless because
 * both outputs are keyed by article id and applied idempotently downstream. A record that cannot be
 * processed goes to {@code articles.raw.dlq} with the reason (failure strategy in the config).
 */
@ApplicationScoped
public class RawArticleConsumer {
    private static final Logger LOG = Logger.getLogger(RawArticleConsumer.class);

    private final ArticleResultService results;
    private final ArticleProcessingMeter meter;

    public RawArticleConsumer(ArticleResultService results, ArticleProcessingMeter meter) {
        this.results = results;
        this.meter = meter;
    }

    /** The value is read as a string so that malformed JSON is dead-lettered as it came, with the parse error. */
    @Incoming("articles-raw")
    @Blocking(ordered = false)
    public void consume(String value) {
        RawArticle raw = RawArticleParser.parse(value);
        Extraction extraction = meter.time(raw, () -> results.processAndPublish(raw));
        LOG.debugf("article %s: %d entities, %d observations", raw.id(), extraction.entities().size(),
                extraction.observations().size());
    }
}
