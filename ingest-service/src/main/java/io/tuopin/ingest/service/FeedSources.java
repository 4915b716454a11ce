package io.tuopin.ingest.service;

import io.quarkus.runtime.Startup;
import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.FeedSource;
import io.tuopin.ingest.domain.IngestRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configured feeds: {@code tuopin.feeds.urls} (no region) and the named
 * {@code tuopin.feeds.sources.<name>} with an optional region, resolved to its code when the service
 * starts, so that a mistyped region stops the start with the reason instead of failing every poll.
 */
@Startup
@ApplicationScoped
public class FeedSources {
    private final List<FeedSource> feeds;

    public FeedSources(IngestConfig config, RegionHints regions) {
        List<FeedSource> all = new ArrayList<>();
        config.feeds().urls().orElse(List.of()).forEach(url -> all.add(new FeedSource(url, null)));
        for (Map.Entry<String, IngestConfig.Source> source : config.feeds().sources().entrySet()) {
            String region = source.getValue().region().filter(r -> !r.isBlank())
                    .map(r -> resolve(regions, source.getKey(), r)).orElse(null);
            all.add(new FeedSource(source.getValue().url(), region));
        }
        this.feeds = List.copyOf(all);
    }

    private static String resolve(RegionHints regions, String name, String region) {
        try {
            return regions.codeOf(region);
        } catch (IngestRejectedException e) {
            throw new IllegalStateException("tuopin.feeds.sources." + name + ".region: " + e.detail(), e);
        }
    }

    public List<FeedSource> all() {
        return feeds;
    }
}
