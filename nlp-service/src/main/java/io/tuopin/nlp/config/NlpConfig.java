package io.tuopin.nlp.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The service's own settings ({@code tuopin.*}); each key has an environment twin (TUOPIN_...). */
@ConfigMapping(prefix = "tuopin")
public interface NlpConfig {

    /** When set, {@code POST /reprocess} and {@code DELETE /reprocess} require the header {@code X-API-Key} with it. */
    Optional<String> apiKey();
}
