package io.tuopin.telemetry;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The span processor that exports this service's spans, chosen at run time by {@link TracesConfig}.
 * Quarkus' own OTLP exporter is switched off at build time ({@code quarkus.otel.exporter.otlp.enabled=false})
 * because it always exports, to {@code localhost:4317} when no endpoint is set; Quarkus adds every
 * {@link SpanProcessor} bean to its tracer provider.
 */
@Singleton
public class TraceExport {
    private static final Logger LOG = Logger.getLogger(TraceExport.class);
    static final String OTEL_ENDPOINT_ENV = "OTEL_EXPORTER_OTLP_ENDPOINT";

    @Produces
    @Singleton
    SpanProcessor exportingProcessor(TracesConfig config) {
        Optional<String> endpoint = config.otlpEndpoint().filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(OTEL_ENDPOINT_ENV)).filter(s -> !s.isBlank()));
        String mode = mode(config.export(), endpoint.isPresent());
        LOG.infof("trace export: %s%s", mode, "otlp".equals(mode) ? " to " + endpoint.orElse("?") : "");
        return switch (mode) {
            case "otlp" -> BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                    .setEndpoint(tracesPath(endpoint.orElseThrow(() -> new IllegalStateException(
                            "tuopin.traces.export=otlp needs tuopin.traces.otlp-endpoint or " + OTEL_ENDPOINT_ENV))))
                    .build()).build();
            case "log" -> SimpleSpanProcessor.create(LoggingSpanExporter.create());
            default -> SpanProcessor.composite();
        };
    }

    static String mode(String configured, boolean hasEndpoint) {
        String mode = configured.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "auto" -> hasEndpoint ? "otlp" : "none";
            case "otlp", "log", "none" -> mode;
            default -> throw new IllegalArgumentException(
                    "tuopin.traces.export must be auto, otlp, log or none, not '" + configured + "'");
        };
    }

    /** The OTLP/HTTP span path under a collector's base address. */
    static String tracesPath(String base) {
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed.endsWith("/v1/traces") ? trimmed : trimmed + "/v1/traces";
    }
}
