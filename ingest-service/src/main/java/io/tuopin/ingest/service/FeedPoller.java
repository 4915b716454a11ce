package io.tuopin.ingest.service;

import io.quarkus.scheduler.Scheduled;
import io.tuopin.ingest.config.IngestConfig;
import io.tuopin.ingest.domain.ArticleMetadata;
import io.tuopin.ingest.domain.ArticleSubmission;
import io.tuopin.ingest.domain.BodyType;
import io.tuopin.ingest.domain.Channel;
import io.tuopin.ingest.domain.Feed;
import io.tuopin.ingest.domain.FeedItem;
import io.tuopin.ingest.domain.FeedSource;
import io.tuopin.ingest.domain.IngestResult;
import io.tuopin.ingest.messaging.KnownArticleIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;

/**
 * Polls the configured RSS/Atom feeds and ingests each item once through the common path. An item
 * whose link is already on {@code articles.raw} (as some article's {@code url}) is skipped without
 * fetching anything; this memory is rebuilt from the topic at start, so it survives restarts without
 * local state. Should it miss (no link, or a race between replicas), the article id still makes
 * re-ingestion a harmless duplicate. A feed configured with a region gives it to each of its articles.
 */
@ApplicationScoped
public class FeedPoller {
    private static final Logger LOG = Logger.getLogger(FeedPoller.class);

    private final ArticleIngestService ingestService;
    private final KnownArticleIds knownIds;
    private final PageFetcher fetcher;
    private final List<FeedSource> feeds;
    private final int minContentChars;

    /** What one poll of one feed did with its items. */
    public record PollResult(int accepted, int duplicates, int skipped, int failed) {
    }

    public FeedPoller(ArticleIngestService ingestService, KnownArticleIds knownIds, PageFetcher fetcher,
                      IngestConfig config, FeedSources sources) {
        this.ingestService = ingestService;
        this.knownIds = knownIds;
        this.fetcher = fetcher;
        this.feeds = sources.all();
        this.minContentChars = config.feeds().minContentChars();
    }

    @Scheduled(every = "${tuopin.feeds.interval:15m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollConfiguredFeeds() {
        for (FeedSource feed : feeds) {
            try {
                PollResult result = poll(feed);
                LOG.infof("feed %s: %s", feed.url(), result);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("feed %s failed: %s", feed.url(), e.getMessage());
            }
        }
    }

    public PollResult poll(URI feedUri) throws IOException {
        return poll(new FeedSource(feedUri, null));
    }

    /** Polls one feed; its items carry the feed's region, if it has one. */
    public PollResult poll(FeedSource source) throws IOException {
        Feed feed = FeedParser.parse(fetcher.fetchFeed(source.url()).body());
        int accepted = 0;
        int duplicates = 0;
        int skipped = 0;
        int failed = 0;
        for (FeedItem item : feed.items()) {
            if (knownIds.containsUrl(item.link())) {
                skipped++;
                continue;
            }
            try {
                IngestResult result = ingestService.ingest(submissionOf(item, feed.title(), source.regionCode()));
                accepted += result.isDuplicate() ? 0 : 1;
                duplicates += result.isDuplicate() ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                failed++;
                LOG.warnf("feed item %s (%s) failed: %s", item.title(), item.link(), e.getMessage());
            }
        }
        return new PollResult(accepted, duplicates, skipped, failed);
    }

    private ArticleSubmission submissionOf(FeedItem item, String feedTitle, String region) throws IOException {
        ArticleMetadata metadata = new ArticleMetadata(item.title(), item.link(), feedTitle, item.publishedAt(), region);
        if (isSubstantial(item) || item.link() == null) {
            BodyType type = item.contentIsHtml() ? BodyType.HTML : BodyType.TEXT;
            byte[] body = item.content() == null ? new byte[0] : item.content().getBytes(StandardCharsets.UTF_8);
            return new ArticleSubmission(body, type, StandardCharsets.UTF_8.name(), metadata, Channel.FEED);
        }
        PageFetcher.Page page = fetcher.fetch(URI.create(item.link()));
        BodyType type = "text/plain".equals(page.mediaType()) ? BodyType.TEXT : BodyType.HTML;
        return new ArticleSubmission(page.body(), type, page.charset(), metadata, Channel.FEED);
    }

    private boolean isSubstantial(FeedItem item) {
        if (item.content() == null) {
            return false;
        }
        String text = item.contentIsHtml() ? Jsoup.parse(item.content()).text() : item.content();
        return text.strip().length() >= minContentChars;
    }
}
