package io.tuopin.ingest.domain;

import java.util.Locale;
import java.util.Optional;

/** The body formats ingest accepts, by media type or file extension. */
public enum BodyType {
    JSON("application/json"), TEXT("text/plain"), HTML("text/html");

    private final String mediaType;

    BodyType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** @param mediaType type/subtype without parameters */
    public static Optional<BodyType> ofMediaType(String mediaType) {
        String wanted = mediaType == null ? "" : mediaType.trim().toLowerCase(Locale.ROOT);
        for (BodyType type : values()) {
            if (type.mediaType.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<BodyType> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }
}
