package io.tuopin.nlp.config;

import io.tuopin.nlp.service.ArticleProcessor;
import io.tuopin.nlp.service.NlpPipeline;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Exposes the NLP pipeline as a bean; its dictionaries load once, at first use. */
public class NlpPipelineProducer {

    @Produces
    @Singleton
    ArticleProcessor articleProcessor() {
        return NlpPipeline.createProcessor();
    }
}
