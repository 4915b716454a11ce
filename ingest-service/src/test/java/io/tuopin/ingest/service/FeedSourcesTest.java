package io.tuopin.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.FeedSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feeds of the configuration, their regions resolved when the service starts. */
class FeedSourcesTest {

    @Test
    void plainUrlsHaveNoRegionAndNamedSourcesHaveTheirsAsCodes() {
        FeedSources sources = new FeedSources(config(List.of(URI.create("https://a.example.cn/rss")),
                Map.of("fenxi", source("https://b.example.cn/rss", "汾西县"), "plain", source("https://c.example.cn/rss", null))),
                new RegionHints());
        assertTrue(sources.all().contains(new FeedSource(URI.create("https://a.example.cn/rss"), null)));
        assertTrue(sources.all().contains(new FeedSource(URI.create("https://b.example.cn/rss"), "141034")));
        assertTrue(sources.all().contains(new FeedSource(URI.create("https://c.example.cn/rss"), null)));
        assertEquals(3, sources.all().size());
    }

    @Test
    void anUnknownRegionStopsTheStartNamingTheSetting() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new FeedSources(
                config(List.of(), Map.of("mars", source("https://m.example.cn/rss", "火星县"))), new RegionHints()));
        assertTrue(e.getMessage().startsWith("tuopin.feeds.sources.mars.region: region '火星县'"), e.getMessage());
    }

    private static IngestConfig.Source source(String url, String region) {
        return new IngestConfig.Source() {
            @Override
            public URI url() {
                return URI.create(url);
            }

            @Override
            public Optional<String> region() {
                return Optional.ofNullable(region);
            }
        };
    }

    private static IngestConfig config(List<URI> urls, Map<String, IngestConfig.Source> named) {
        IngestConfig.Feeds feeds = new IngestConfig.Feeds() {
            @Override
            public Optional<List<URI>> urls() {
                return Optional.of(urls);
            }

            @Override
            public Map<String, IngestConfig.Source> sources() {
                return named;
            }

            @Override
            public String interval() {
                return "15m";
            }

            @Override
            public int minContentChars() {
                return 200;
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Optional<List<String>> allowPrivate() {
                return Optional.empty();
            }
        };
        return new IngestConfig() {
            @Override
            public Optional<String> apiKey() {
                return Optional.empty();
            }

            @Override
            public Ingest ingest() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Inbox inbox() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Feeds feeds() {
                return feeds;
            }
        };
    }
}
