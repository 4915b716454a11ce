package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.T2;
import static io.tuopin.metrics.support.TestEvents.county;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tuopin.events.Observation;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.support.PostgresRequired;
import io.tuopin.metrics.support.TestEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ProjectionConsumerTest {

    @Inject
    ObservationRepository observations;

    @Test
    void replayingTheSameRecordChangesNothing() {
        RegionRef region = county("990101", "测试甲县");
        String article = newArticleId();
        var event = metrics(article, T1, "2020-05-01", region, List.of(
                observation(article, region, "poor_population", "40779", "person", "2019", "stock", 10),
                observation(article, region, "poverty_incidence", "32.4", "percent", "2014", "rate", 30)));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, event));
        List<String> before = observationIds("990101");

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, event));

        assertEquals(2, before.size());
        assertEquals(before, observationIds("990101"));
        assertEquals(2, observations.count("articleId", article));
    }

    @Test
    void aReprocessedArticleReplacesItsObservationsAsASet() {
        RegionRef region = county("990102", "测试乙县");
        String article = newArticleId();
        List<Observation> first = List.of(
                observation(article, region, "poor_population", "1000", "person", "2019", "stock", 10),
                observation(article, region, "poor_households", "300", "household", "2019", "stock", 20),
                observation(article, region, "investment", "5000000", "yuan", "2019", "flow", 40));
        Observation kept = observation(article, region, "poor_population", "1200", "person", "2019", "stock", 12);
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-05-01", region, first)));

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T2, "2020-05-01", region,
                List.of(kept))));

        assertEquals(List.of(kept.id()), observationIds("990102"));
        given().get("/api/regions/990102").then().statusCode(200)
                .body("latest", hasSize(1))
                .body("latest[0].value", equalTo(1200))
                .body("flows", hasSize(0));
    }

    @Test
    void anOlderRecordArrivingLateIsIgnored() {
        RegionRef region = county("990103", "测试丙县");
        String article = newArticleId();
        Observation newer = observation(article, region, "poor_population", "800", "person", "2020", "stock", 10);
        Observation older = observation(article, region, "poor_population", "900", "person", "2020", "stock", 10);
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T2, "2020-05-01", region,
                List.of(newer))));

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-05-01", region,
                List.of(older))));

        assertEquals(List.of(newer.id()), observationIds("990103"));
        given().get("/api/articles/" + article).then().statusCode(200)
                .body("metricsProcessedAt", equalTo(T2.toString()));
    }

    @Test
    void conflictingValuesAreBothKeptAndTheLaterPublicationIsCurrent() {
        RegionRef region = county("990104", "测试丁县");
        String early = newArticleId();
        String late = newArticleId();
        publish(Topics.ARTICLES_METRICS, early, metrics(early, T1, "2020-03-01", region, List.of(
                observation(early, region, "poor_population", "5000", "person", "2019", "stock", 10))));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, late, metrics(late, T1, "2020-09-01", region, List.of(
                observation(late, region, "poor_population", "5100", "person", "2019", "stock", 10)))));
        await().atMost(Duration.ofSeconds(30)).until(() -> observationIds("990104").size() == 2);

        JsonPath detail = given().get("/api/regions/990104").then().statusCode(200).extract().jsonPath();

        assertEquals(5100, detail.getInt("latest[0].value"));
        assertEquals(late, detail.getString("latest[0].article.id"));
        assertEquals(List.of(5000), detail.getList("latest[0].alternatives.value"));
        assertEquals(early, detail.getString("latest[0].alternatives[0].article.id"));
        assertEquals(2, detail.getInt("articleCount"));
    }

    @Test
    void metricsBeforeEntitiesAndEntitiesBeforeMetricsEndTheSame() {
        RegionRef province = new RegionRef("990000", "测试省", "province");
        RegionRef prefecture = new RegionRef("990100", "测试市", "prefecture");
        RegionRef region = county("990105", "测试戊县");
        List<RegionInfo> regions = List.of(new RegionInfo("990000", "测试省", "province", null, List.of("测省")),
                new RegionInfo("990100", "测试市", "prefecture", "990000", null),
                new RegionInfo("990105", "测试戊县", "county", "990100", List.of("戊县", "990199")));
        String metricsFirst = newArticleId();
        String entitiesFirst = newArticleId();
        Observation a = observation(metricsFirst, region, "poor_villages", "12", "village", "2018", "stock", 5);
        Observation b = observation(entitiesFirst, region, "poor_villages", "12", "village", "2018", "stock", 5);

        awaitConsumed(publish(Topics.ARTICLES_METRICS, metricsFirst, metrics(metricsFirst, T1, "2020-01-01", region,
                List.of(a))));
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, metricsFirst,
                TestEvents.entities(metricsFirst, T1, "先到指标", region, regions)));
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, entitiesFirst,
                TestEvents.entities(entitiesFirst, T1, "先到实体", region, regions)));
        awaitConsumed(publish(Topics.ARTICLES_METRICS, entitiesFirst, metrics(entitiesFirst, T1, "2020-01-01", region,
                List.of(b))));

        for (String article : List.of(metricsFirst, entitiesFirst)) {
            given().get("/api/articles/" + article).then().statusCode(200)
                    .body("region.code", equalTo("990105"))
                    .body("entities[0].code", equalTo("990105"))
                    .body("observations", hasSize(1))
                    .body("observations[0].evidence.start", equalTo(5));
        }
        given().get("/api/regions/990105").then().statusCode(200)
                .body("parents.code", contains("990000", "990100"))
                .body("aliases", containsInAnyOrder("戊县", "990199"))
                .body("mentionCount", equalTo(2));
        given().get("/api/regions/990100").then().statusCode(200)
                .body("children.code", contains("990105"))
                .body("children[0].figures.poor_villages.value", equalTo(12));
        given().get("/api/regions/990199").then().statusCode(200).body("code", equalTo("990105"));
        given().queryParam("q", "戊县").get("/api/regions").then().statusCode(200)
                .body("items.code", contains("990105"));
        given().queryParam("region", "990105").get("/api/articles").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aVillageFigureThatArrivesBeforeItsEntitiesIsPlacedUnderItsTownship() {
        RegionRef village = new RegionRef(null, "测试村", "village");
        List<RegionInfo> regions = List.of(new RegionInfo("990106", "测试己县", "county", null, null),
                new RegionInfo("990106001", "测试镇", "township", "990106", null),
                new RegionInfo(null, "测试村", "village", "990106001", null));
        String article = newArticleId();
        Observation figure = observation(article, village, "poor_households", "37", "household", "2019", "stock", 8);

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", village,
                List.of(figure))));
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, article,
                TestEvents.entities(article, T1, "村里的数字", village, regions)));

        given().get("/api/regions/990106001").then().statusCode(200)
                .body("parents.code", contains("990106"))
                .body("children.key", contains("990106001/测试村"))
                .body("children[0].figures.poor_households.value", equalTo(37));
        given().get("/api/articles/" + article).then().statusCode(200)
                .body("observations[0].region.key", equalTo("990106001/测试村"))
                .body("region.key", equalTo("990106001/测试村"));
    }

    @Test
    void aCodedVillageJoinsTheRegionTableUnderItsTownshipAtItsFirstMention() {
        RegionRef village = new RegionRef("990108001201", "测试辛村", "village");
        List<RegionInfo> regions = List.of(new RegionInfo("990108", "测试辛县", "county", null, null),
                new RegionInfo("990108001", "测试辛镇", "township", "990108", null),
                new RegionInfo("990108001201", "测试辛村", "village", "990108001", List.of("测试辛村民委员会")));
        String article = newArticleId();
        given().get("/api/regions/990108001201").then().statusCode(404);

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", village,
                List.of(observation(article, village, "poor_households", "21", "household", "2019", "stock", 5)))));
        given().get("/api/regions/990108001201").then().statusCode(200)
                .body("key", equalTo("990108001201")).body("level", equalTo("village"));
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, article,
                TestEvents.entities(article, T1, "辛村的数字", village, regions)));

        given().get("/api/regions/990108001201").then().statusCode(200)
                .body("code", equalTo("990108001201")).body("name", equalTo("测试辛村"))
                .body("parents.code", contains("990108", "990108001"))
                .body("latest.find { it.indicator == 'poor_households' }.value", equalTo(21));
        given().get("/api/regions/990108001").then().statusCode(200)
                .body("children.code", contains("990108001201"))
                .body("children[0].figures.poor_households.value", equalTo(21));
        given().get("/api/regions/990108001201/observations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].region.key", equalTo("990108001201"));
        given().queryParams("level", "village", "q", "测试辛村").get("/api/regions").then().statusCode(200)
                .body("items.code", contains("990108001201"));
    }

    @Test
    void aListedVillageIsAddedOnlyWhenMentionedAndHangsUnderTheSeededTownship() {
        RegionRef bincao = new RegionRef("620122105201", "彬草村", "village");
        String article = newArticleId();
        given().get("/api/regions/620122105201").then().statusCode(404);
        given().get("/api/regions/620122105202").then().statusCode(404);

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", bincao,
                List.of(observation(article, bincao, "investment", "300000", "yuan", "2020", "flow", 5)))));

        given().get("/api/regions/620122105201").then().statusCode(200)
                .body("parents.name", contains("甘肃省", "兰州市", "皋兰县", "水阜镇"));
        given().get("/api/regions/620122105202").then().statusCode(404);
    }

    @Test
    void figuresOfAnUnknownRegionStayWithTheirArticleOnly() {
        String article = newArticleId();
        RegionRef county = county("990109", "测试壬县");
        List<Observation> figures = List.of(
                observation(article, null, "poverty_incidence", "0.5", "percent", "2019", "rate", 12),
                observation(article, null, "investment", "250000000", "yuan", "2019", "flow", 30));
        long regionsBefore = given().queryParam("all", "true").get("/api/regions").then().statusCode(200)
                .extract().jsonPath().getLong("total");

        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", null, figures)));
        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, article, TestEvents.entitiesWithoutRegion(article, T1, "我县工作总结")));
        String other = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_METRICS, other, metrics(other, T1, "2020-01-01", county,
                List.of(observation(other, county, "poverty_incidence", "0.7", "percent", "2019", "rate", 1)))));

        JsonPath page = given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();
        assertNull(page.get("region"));
        assertEquals(2, page.getList("observations").size());
        assertNull(page.get("observations[0].region"));
        assertEquals(0.5f, page.getFloat("observations[0].value"));
        given().get("/api/regions/990109").then().statusCode(200)
                .body("latest.find { it.indicator == 'poverty_incidence' }.value", equalTo(0.7f));
        // figures of an unknown region add no region (测试壬县 is a seeded test division, known before)
        given().queryParam("all", "true").get("/api/regions").then().statusCode(200)
                .body("total", equalTo((int) regionsBefore));
    }

    @Test
    void regionSearchListsMentionedRegionsUnlessAllIsAsked() {
        RegionRef county = county("990107", "测试庚县");
        String article = newArticleId();
        List<RegionInfo> regions = List.of(new RegionInfo("990700", "测试庚省", "province", null, null),
                new RegionInfo("990107", "测试庚县", "county", "990700", null));

        awaitConsumed(publish(Topics.ARTICLES_ENTITIES, article,
                TestEvents.entities(article, T1, "庚县报道", county, regions)));

        given().queryParam("q", "测试庚").get("/api/regions").then().statusCode(200)
                .body("items.code", contains("990107")).body("total", equalTo(1));
        given().queryParams("q", "测试庚", "all", "true").get("/api/regions").then().statusCode(200)
                .body("items.code", contains("990107", "990700"));
        given().queryParams("parent", "990700", "all", "true", "level", "county").get("/api/regions").then()
                .statusCode(200).body("items.code", contains("990107"));
        given().queryParam("q", "990107").get("/api/regions").then().statusCode(200)
                .body("items.name", contains("测试庚县"));
        given().queryParam("q", "測試庚縣").get("/api/regions").then().statusCode(200)
                .body("items.code", contains("990107"));
    }

    private static List<String> observationIds(String code) {
        return given().queryParam("size", 200).get("/api/regions/" + code + "/observations").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

}
