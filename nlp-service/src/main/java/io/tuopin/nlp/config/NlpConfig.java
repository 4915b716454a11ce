package io.tuopin.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything under {@code tuopin.nlp.*} that nlp-service reads; each key has an environment twin (TUOPIN_NLP_...). */
@ConfigMapping(prefix = "tuopin.nlp")
public interface NlpConfig {

    /**
     * How long the extraction of one article may take. Past it the article goes to
     * {@code articles.raw.dlq} with the reason and the partition moves on. Generous: an ordinary article
     * takes well under a second, the largest one ingest accepts (5 MB) some seconds.
     */
    @WithDefault("60s")
    Duration articleBudget();
}
