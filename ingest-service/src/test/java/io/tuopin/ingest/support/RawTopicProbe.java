package io.tuopin.ingest.support;

import io.tuopin.events.EventJson;
import io.tuopin.events.RawArticle;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.TestKafkaBroker;
import io.tuopin.kafka.local.TopicProbe;
import io.tuopin.kafka.support.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what was published to {@code articles.raw} on the test broker after the probe was opened.
 * Ingest answers only after the broker acknowledged, so reading up to the current end offsets sees
 * everything an answered request published: no sleeping needed.
 */
public final class RawTopicProbe implements AutoCloseable {
    private final TopicReader<String, String> reader;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private RawTopicProbe() {
        reader = new TopicReader<>(TestKafkaBroker.clientSettings(), "raw-topic-probe", Topics.ARTICLES_RAW,
                new StringDeserializer(), new StringDeserializer()).startAtEnd();
    }

    /** Starts at the current end of {@code articles.raw}. */
    public static RawTopicProbe fromNow() {
        return new RawTopicProbe();
    }

    /** Every record published since the probe was opened, up to the topic's current end. */
    public List<ConsumerRecord<String, String>> readToEnd() {
        reader.readToEnd(seen::add, () -> false);
        return List.copyOf(seen);
    }

    public List<ConsumerRecord<String, String>> recordsWithKey(String key) {
        return readToEnd().stream().filter(r -> key.equals(r.key())).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return TopicProbe.header(record, name);
    }

    public static RawArticle article(ConsumerRecord<String, String> record) {
        try {
            return EventJson.mapper().readValue(record.value(), RawArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
