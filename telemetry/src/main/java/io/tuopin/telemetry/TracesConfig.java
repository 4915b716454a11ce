package io.tuopin.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where finished spans go ({@code tuopin.traces.*}, env {@code TUOPIN_TRACES_*}). Spans are always
 * made, so the W3C trace context crosses every Kafka hop and every log line carries its trace id;
 * this only decides whether they leave the process.
 */
@ConfigMapping(prefix = "tuopin.traces")
public interface TracesConfig {

    /**
     * {@code auto} (OTLP when an endpoint is set, otherwise nowhere), {@code otlp}, {@code log}
     * (one log line per span) or {@code none}.
     */
    @WithDefault("auto")
    String export();

    /**
     * OTLP/HTTP base address of a collector, e.g. {@code http://collector:4318}; when unset, the
     * standard {@code OTEL_EXPORTER_OTLP_ENDPOINT} environment variable is used.
     */
    Optional<String> otlpEndpoint();
}
