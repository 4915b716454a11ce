package io.tuopin.ingest.service;

import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.ingest.domain.IngestRejectedException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves the region a sender names (a code of 6, 9 or 12 digits, or the name of a province,
 * prefecture, county or township that denotes one region) to its code through the gazetteer, or
 * rejects it with the reason. The gazetteer loads at the first hint, the village list at the first
 * 12-digit code.
 */
@ApplicationScoped
public class RegionHints {
    static final int MAX_LENGTH = 64;

    /** @throws IngestRejectedException 400 {@code unknown-region} saying why */
    public String codeOf(String codeOrName) {
        String value = codeOrName.strip();
        if (value.length() > MAX_LENGTH) {
            throw rejected("region is longer than " + MAX_LENGTH + " characters");
        }
        try {
            return Gazetteer.standard().resolve(value).code();
        } catch (IllegalArgumentException e) {
            throw rejected("region " + e.getMessage());
        }
    }

    private static IngestRejectedException rejected(String detail) {
        return IngestRejectedException.badRequest("unknown-region", "Unknown region", detail);
    }
}
