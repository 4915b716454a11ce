package io.tuopin.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TraceExportTest {

    @Test
    void autoExportsToOtlpOnlyWhenAnEndpointIsSet() {
        assertEquals("otlp", TraceExport.mode("auto", true));
        assertEquals("none", TraceExport.mode("auto", false));
        assertEquals("log", TraceExport.mode(" LOG ", false));
        assertEquals("none", TraceExport.mode("none", true));
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TraceExport.mode("jaeger", true));
        assertEquals("tuopin.traces.export must be auto, otlp, log or none, not 'jaeger'", e.getMessage());
    }

    @Test
    void spansGoToTheCollectorsTracesPath() {
        assertEquals("http://collector:4318/v1/traces", TraceExport.tracesPath("http://collector:4318"));
        assertEquals("http://collector:4318/v1/traces", TraceExport.tracesPath("http://collector:4318/"));
        assertEquals("http://collector:4318/v1/traces", TraceExport.tracesPath("http://collector:4318/v1/traces"));
    }
}
