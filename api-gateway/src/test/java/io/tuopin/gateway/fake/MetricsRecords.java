package io.tuopin.gateway.fake;

import io.tuopin.events.ArticleMetrics;
import io.tuopin.events.EventJson;
import io.tuopin.events.Evidence;
import io.tuopin.events.Observation;
import io.tuopin.events.RegionRef;
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

/** Publishes ArticleMetrics records to the test broker with a plain Kafka producer, as nlp-service would. */
public final class MetricsRecords implements AutoCloseable {
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafkaBroker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    /**
     * A fresh article with three observations, listed outside-any-county-141034-filter first:
     * incidence in 620702 (甘州区), investment in 141034 (汾西县), incidence 0.4 in 141034.
     */
    public ArticleMetrics publishSample() throws Exception {
        String articleId = UUID.randomUUID().toString().replace("-", "");
        RegionRef zhangye = new RegionRef("620702", "甘州区", "county");
        RegionRef fenxi = new RegionRef("141034", "汾西县", "county");
        List<Observation> metrics = List.of(
                observation(articleId, "a", zhangye, "poverty_incidence", "0.3", "percent", "rate"),
                observation(articleId, "b", fenxi, "investment", "380000000", "yuan", "flow"),
                observation(articleId, "c", fenxi, "poverty_incidence", "0.4", "percent", "rate"));
        return publish(new ArticleMetrics(ArticleMetrics.SCHEMA_VERSION, articleId, "test-1", Instant.now(),
                "2020-10-15", fenxi, metrics, List.of()));
    }

    /**
     * A fresh article that names no place of its own: an incidence of an unknown region (null) and
     * the poor households of a listed village, 小冯村 (141030100203, under 昕水镇 141030100).
     */
    public ArticleMetrics publishVillageAndUnknownRegion() throws Exception {
        String articleId = UUID.randomUUID().toString().replace("-", "");
        RegionRef village = new RegionRef("141030100203", "小冯村", "village");
        List<Observation> metrics = List.of(
                observation(articleId, "u", null, "poverty_incidence", "0.5", "percent", "rate"),
                observation(articleId, "v", village, "poor_households", "36", "household", "stock"));
        return publish(new ArticleMetrics(ArticleMetrics.SCHEMA_VERSION, articleId, "test-1", Instant.now(),
                "2020-12-20", null, metrics, List.of()));
    }

    private ArticleMetrics publish(ArticleMetrics record) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES_METRICS, record.articleId(),
                EventJson.mapper().writeValueAsString(record))).get(10, TimeUnit.SECONDS);
        return record;
    }

    private static Observation observation(String articleId, String suffix, RegionRef region, String indicator,
                                           String value, String unit, String kind) {
        return new Observation(articleId.substring(0, 31) + suffix, region, indicator, new BigDecimal(value), null, unit,
                "2019", null, false, false, 0.9, kind, new Evidence(value, 10, 10 + value.length(), 12, 12 + value.length()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
