package io.tuopin.metrics.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.tuopin.events.EventJson;
import jakarta.inject.Singleton;

/** The REST API writes JSON like the events do: ISO dates, 380000000 rather than 3.8E+8. */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        EventJson.configure(mapper).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
