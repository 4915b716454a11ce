package io.tuopin.nlp.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Who may call the service's write endpoints ({@code tuopin.api-key}, environment twin TUOPIN_API_KEY). */
@ConfigMapping(prefix = "tuopin")
public interface AccessConfig {

    /** When set, {@code POST /reprocess} and {@code DELETE /reprocess} require the header {@code X-API-Key} with it. */
    Optional<String> apiKey();
}
