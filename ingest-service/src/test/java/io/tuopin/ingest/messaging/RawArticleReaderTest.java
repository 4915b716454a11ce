package io.tuopin.ingest.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.ArticleIds;
import io.tuopin.events.RawArticle;
import io.tuopin.events.Topics;
import io.tuopin.ingest.support.RawTopicProbe;
import io.tuopin.ingest.support.Requests;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.kafka.local.TestKafkaBroker;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
class RawArticleReaderTest {
    private static final String OTHER_REPLICA_ARTICLE = "2020年，西岭村通过消费扶贫销售农产品356万元，"
            + "户均增收4,100元，村里新建的扶贫车间吸纳贫困劳动力58人。";

    @Inject
    KnownArticleIds knownIds;

    @Test
    void readyOnceTheTopicHasBeenReadBack() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Requests.given().when().get("/q/health/ready").then().statusCode(200)
                        .body("checks.find { it.name == 'articles.raw read-back' }.status", equalTo("UP")));
    }

    @Test
    void anArticlePublishedByAnotherReplicaIsADuplicateHere() throws Exception {
        String id = ArticleIds.of(OTHER_REPLICA_ARTICLE);
        RawArticle fromElsewhere = new RawArticle(1, id, null, "https://news.example.cn/xiling.html", null, null,
                "text/plain", OTHER_REPLICA_ARTICLE, "http", "UTF-8", Instant.now());
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                TestKafkaBroker.clientSettings().producer("other-replica"), new StringSerializer(), new RawArticleSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, id, fromElsewhere)).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> knownIds.contains(id));

        try (RawTopicProbe probe = RawTopicProbe.fromNow()) {
            Requests.given().contentType("text/plain").body(OTHER_REPLICA_ARTICLE.getBytes(StandardCharsets.UTF_8))
                    .when().post("/articles")
                    .then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
            assertEquals(0, probe.readToEnd().size());
        }
        assertTrue(knownIds.containsUrl("https://news.example.cn/xiling.html"));
    }
}
