package io.tuopin.nlp.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;
import io.tuopin.events.EventJson;

/** Serialises event records with the settings every service shares. */
public class EventSerializer extends ObjectMapperSerializer<Object> {
    public EventSerializer() {
        super(EventJson.mapper());
    }
}
