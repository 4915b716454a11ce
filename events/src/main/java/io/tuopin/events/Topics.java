package io.tuopin.events;

import java.util.List;

/** Topic names are a public contract: downstream consumers subscribe to them by name. */
public final class Topics {
    public static final String ARTICLES_RAW = "articles.raw";
    public static final String ARTICLES_ENTITIES = "articles.entities";
    public static final String ARTICLES_METRICS = "articles.metrics";
    /** Each article's observation set as metrics-service committed it (published from its outbox). */
    public static final String ARTICLES_OBSERVATIONS = "articles.observations";
    public static final String DLQ_SUFFIX = ".dlq";

    /**
     * The largest record batch every topic takes ({@code max.message.bytes}), dead-letter topics
     * included. Producers stay below it ({@code kafka.max.request.size}); ingest-service accepts
     * only articles whose record is far smaller, so that the results derived from one fit too.
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /** Topics that hold data; each has a dead-letter twin. */
    public static final List<String> DATA = List.of(ARTICLES_RAW, ARTICLES_ENTITIES, ARTICLES_METRICS);

    /** Topics of committed state, published from a store's outbox; nobody dead-letters them, so no twin. */
    public static final List<String> COMMITTED = List.of(ARTICLES_OBSERVATIONS);

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
