package io.tuopin.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who may call what: the API key (env TUOPIN_API_KEY) and whether reads need it too. */
@ApplicationScoped
public class AccessSettings {
    private final Optional<String> apiKey;
    private final boolean readsKeyed;

    public AccessSettings(@ConfigProperty(name = "tuopin.api-key") Optional<String> apiKey,
                          @ConfigProperty(name = "tuopin.api-key.reads", defaultValue = "false") boolean readsKeyed) {
        this.apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
        this.readsKeyed = readsKeyed;
    }

    public Optional<String> apiKey() {
        return apiKey;
    }

    public boolean keyRequired(boolean write) {
        return apiKey.isPresent() && (write || readsKeyed);
    }
}
