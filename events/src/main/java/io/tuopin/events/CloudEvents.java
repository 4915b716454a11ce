package io.tuopin.events;

/**
 * CloudEvents Kafka binary-mode header names and the event types of this system, plus the
 * headers a dead-letter record carries.
 */
public final class CloudEvents {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION_VALUE = "1.0";

    public static final String TYPE_ARTICLE_RAW = "io.tuopin.article.raw.v1";
    public static final String TYPE_ARTICLE_ENTITIES = "io.tuopin.article.entities.v1";
    public static final String TYPE_ARTICLE_METRICS = "io.tuopin.article.metrics.v1";
    public static final String TYPE_ARTICLE_OBSERVATIONS = "io.tuopin.article.observations.v1";

    // SmallRye Reactive Messaging's dead-letter-queue failure strategy writes these headers
    public static final String DLQ_REASON = "dead-letter-reason";
    public static final String DLQ_CAUSE = "dead-letter-cause";
    public static final String DLQ_SOURCE_TOPIC = "dead-letter-topic";
    public static final String DLQ_SOURCE_PARTITION = "dead-letter-partition";
    public static final String DLQ_SOURCE_OFFSET = "dead-letter-offset";

    private CloudEvents() {
    }
}
