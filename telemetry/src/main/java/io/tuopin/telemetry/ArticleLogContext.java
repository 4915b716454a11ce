package io.tuopin.telemetry;

import io.opentelemetry.api.trace.Span;
import org.jboss.logging.MDC;

/**
 * Names the article a piece of work is about: in the log context ({@code articleId}, a field of
 * every JSON log line, beside the {@code traceId} that OpenTelemetry puts there) and as an attribute
 * of the current span. Use with try-with-resources; closing restores what was there before.
 */
public final class ArticleLogContext implements AutoCloseable {
    public static final String MDC_KEY = "articleId";
    public static final String SPAN_ATTRIBUTE = "tuopin.article.id";

    private final Object previous;

    private ArticleLogContext(Object previous) {
        this.previous = previous;
    }

    public static ArticleLogContext open(String articleId) {
        Object previous = MDC.get(MDC_KEY);
        if (articleId != null) {
            MDC.put(MDC_KEY, articleId);
            Span.current().setAttribute(SPAN_ATTRIBUTE, articleId);
        }
        return new ArticleLogContext(previous);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, previous);
        }
    }
}
