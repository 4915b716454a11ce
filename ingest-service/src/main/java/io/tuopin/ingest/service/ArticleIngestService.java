package io.tuopin.ingest.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.RawArticle;
import io.tuopin.ingest.domain.ArticleSubmission;
import io.tuopin.ingest.domain.DecodedArticle;
import io.tuopin.ingest.domain.IngestResult;
import io.tuopin.ingest.messaging.KnownArticleIds;
import io.tuopin.ingest.messaging.RawArticlePublisher;
import io.tuopin.telemetry.ArticleLogContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The one path every channel takes: decode and validate, identify, skip known articles, publish and
 * wait for the broker's acknowledgement. Concurrent submissions of one article in this instance
 * publish once; across replicas a race publishes the same key twice, which compaction absorbs.
 */
@ApplicationScoped
public class ArticleIngestService {
    private static final Logger LOG = Logger.getLogger(ArticleIngestService.class);

    private final ArticleBodyReader reader;
    private final KnownArticleIds knownIds;
    private final RawArticlePublisher publisher;
    private final IngestMeters meters;
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public ArticleIngestService(ArticleBodyReader reader, KnownArticleIds knownIds, RawArticlePublisher publisher,
                                IngestMeters meters) {
        this.reader = reader;
        this.knownIds = knownIds;
        this.publisher = publisher;
        this.meters = meters;
    }

    /**
     * Blocks until the broker has acknowledged a new article.
     *
     * @throws io.tuopin.ingest.domain.IngestRejectedException    the submission is invalid; nothing was published
     * @throws io.tuopin.ingest.domain.BrokerUnavailableException no acknowledgement in time; retry later
     */
    @WithSpan("ingest.article") // under the HTTP request's span; the root of the trace for inbox files and feed items
    public IngestResult ingest(ArticleSubmission submission) {
        Span.current().setAttribute("tuopin.ingest.channel", submission.channel().wireName());
        return meters.count(submission.channel(), () -> decodeAndPublish(submission));
    }

    private IngestResult decodeAndPublish(ArticleSubmission submission) {
        DecodedArticle article = reader.read(submission);
        String id = ArticleIds.of(article.content());
        try (ArticleLogContext context = ArticleLogContext.open(id)) {
            return publishOnce(id, article, submission);
        }
    }

    private IngestResult publishOnce(String id, DecodedArticle article, ArticleSubmission submission) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> earlier = inFlight.putIfAbsent(id, mine);
        if (earlier != null) {
            return awaitEarlier(id, earlier);
        }
        try {
            IngestResult result = knownIds.contains(id) ? IngestResult.duplicate(id) : publishNew(id, article, submission);
            mine.complete(null);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    private IngestResult publishNew(String id, DecodedArticle article, ArticleSubmission submission) {
        publisher.publish(toRawArticle(id, article, submission));
        knownIds.add(id, article.metadata().url());
        LOG.infof("accepted article %s via %s (%s, %d chars)", id, submission.channel().wireName(),
                article.charset(), article.content().length());
        return IngestResult.accepted(id);
    }

    /** The same article is being published by a concurrent request: it is a duplicate once that one is stored. */
    private static IngestResult awaitEarlier(String id, CompletableFuture<Void> earlier) {
        try {
            earlier.join(); // bounded: the earlier request gives up after tuopin.ingest.publish-timeout
            return IngestResult.duplicate(id);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static RawArticle toRawArticle(String id, DecodedArticle article, ArticleSubmission submission) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id,
                article.metadata().title(), article.metadata().url(), article.metadata().source(),
                article.metadata().publishedAt(), article.contentType(), article.content(),
                submission.channel().wireName(), article.charset(), Instant.now(), article.metadata().region());
    }
}
