package io.tuopin.gateway.fake;

import io.tuopin.events.CommittedObservations;
import io.tuopin.events.EventJson;
import io.tuopin.events.Evidence;
import io.tuopin.events.StoredObservation;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.TestKafkaBroker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CommittedObservations records to the test broker with a plain Kafka producer, as metrics-service's relay would. */
public final class CommittedRecords implements AutoCloseable {
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafkaBroker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    /**
     * A fresh article's committed set of four observations, listed outside-any-county-141034-filter first:
     * incidence in 620702 (甘州区), investment in 141034 (汾西县), incidence 0.4 in 141034, and a village of
     * 141034 (no code, keyed under its county).
     */
    public CommittedObservations publishSample() throws Exception {
        String articleId = UUID.randomUUID().toString().replace("-", "");
        List<StoredObservation> observations = List.of(
                observation(articleId, "a", "620702", "620702", "甘州区", "county", "poverty_incidence", "0.3", "percent", "rate"),
                observation(articleId, "b", "141034", "141034", "汾西县", "county", "investment", "380000000", "yuan", "flow"),
                observation(articleId, "c", "141034", "141034", "汾西县", "county", "poverty_incidence", "0.4", "percent", "rate"),
                observation(articleId, "d", "141034/下李村", null, "下李村", "village", "investment", "30000", "yuan", "flow"));
        CommittedObservations record = new CommittedObservations(CommittedObservations.SCHEMA_VERSION, articleId,
                "test-1", Instant.now(), "2020-10-15", "141034", Instant.now(), observations);
        producer.send(new ProducerRecord<>(Topics.ARTICLES_OBSERVATIONS, articleId,
                EventJson.mapper().writeValueAsString(record))).get(10, TimeUnit.SECONDS);
        return record;
    }

    /** A tombstone: the article's committed set was removed. */
    public void publishTombstone(String articleId) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_OBSERVATIONS, articleId, null)).get(10, TimeUnit.SECONDS);
    }

    private static StoredObservation observation(String articleId, String suffix, String key, String code, String name,
                                                 String level, String indicator, String value, String unit, String kind) {
        return new StoredObservation(articleId.substring(0, 31) + suffix, key, code, name, level, indicator,
                new BigDecimal(value), null, unit, "2019", null, false, false, 0.9, kind,
                new Evidence(value, 10, 10 + value.length(), 12, 12 + value.length()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
