package io.tuopin.telemetry.testing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Test side of tracing (published as {@code telemetry:test-jar}, a bean archive): every span the
 * service under test ends is kept in memory, so a test can follow a trace across its hops.
 */
@Singleton
public class RecordedSpans {
    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    SpanProcessor recordingProcessor() {
        return SimpleSpanProcessor.create(exporter);
    }

    public List<SpanData> all() {
        return exporter.getFinishedSpanItems();
    }

    public List<SpanData> ofTrace(String traceId) {
        return all().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** Waits until a span of the trace matches (spans end asynchronously, after the work they time). */
    public SpanData await(String traceId, Predicate<SpanData> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (SpanData span : ofTrace(traceId)) {
                if (match.test(span)) {
                    return span;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no matching span in trace " + traceId + " within " + timeout + "; spans: "
                + describe(ofTrace(traceId)));
    }

    public static Predicate<SpanData> kind(SpanKind kind) {
        return span -> span.getKind() == kind;
    }

    public static String describe(List<SpanData> spans) {
        StringBuilder out = new StringBuilder();
        for (SpanData span : spans) {
            out.append("\n  ").append(span.getKind()).append(' ').append(span.getName())
                    .append(" id=").append(span.getSpanId()).append(" parent=").append(span.getParentSpanId())
                    .append(' ').append(span.getAttributes());
        }
        return out.toString();
    }
}
