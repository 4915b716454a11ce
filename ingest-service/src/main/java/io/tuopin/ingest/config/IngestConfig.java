package io.tuopin.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything under {@code tuopin.*} that ingest-service reads; each key has an environment twin (TUOPIN_...). */
@ConfigMapping(prefix = "tuopin")
public interface IngestConfig {

    /** When set, every write endpoint requires the header {@code X-API-Key} with this value. */
    Optional<String> apiKey();

    Ingest ingest();

    Inbox inbox();

    Feeds feeds();

    interface Ingest {
        /**
         * Largest accepted article: its body (request, inbox file or fetched page), and its record on
         * {@code articles.raw} as stored (UTF-8 JSON). Keep it below {@code quarkus.http.limits.max-body-size}
         * and well below the topics' {@code max.message.bytes}.
         */
        @WithDefault("4M")
        MemorySize maxBodySize();

        /** Longest wait for the broker's acknowledgement before answering 503. */
        @WithDefault("10s")
        Duration publishTimeout();
    }

    interface Inbox {
        @WithDefault("true")
        boolean enabled();

        /** The watched folder; empty disables the inbox. */
        Optional<String> dir();

        @WithDefault("2s")
        String interval();
    }

    interface Feeds {
        /** RSS 2.0 or Atom feeds; none configured means no polling. */
        Optional<List<URI>> urls();

        /**
         * Named feeds with what the configuration knows about them:
         * {@code tuopin.feeds.sources.<name>.url} and, optionally, {@code .region} (the region every
         * article of the feed is about, a code or a name; the subject when an article names no place).
         * Env twins: {@code TUOPIN_FEEDS_SOURCES_<NAME>_URL}, {@code TUOPIN_FEEDS_SOURCES_<NAME>_REGION}.
         */
        Map<String, Source> sources();

        @WithDefault("15m")
        String interval();

        /** Item content shorter than this (in characters of text) is replaced by the item's linked page. */
        @WithDefault("200")
        int minContentChars();

        @WithDefault("10s")
        Duration connectTimeout();

        /** Longest whole download of a feed or page, headers and body together, redirects included. */
        @WithDefault("30s")
        Duration requestTimeout();

        /**
         * Host names, addresses or networks ({@code 10.20.0.0/16}) that links inside feeds may point to
         * although they are private; every other private, loopback or link-local address is refused.
         */
        Optional<List<String>> allowPrivate();
    }

    interface Source {
        URI url();

        Optional<String> region();
    }
}
