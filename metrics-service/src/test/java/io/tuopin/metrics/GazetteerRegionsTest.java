package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.county;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.gazetteer.Gazetteer;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.repository.RegionRepository;
import io.tuopin.metrics.support.PostgresRequired;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region table holds the whole gazetteer; the default listing still shows what articles mention. */
@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class GazetteerRegionsTest {
    private static final String FENXI = "141034";

    @Inject
    RegionRepository regions;

    @Test
    void allListsEveryDivisionDownToTownships() {
        given().queryParams("all", "true", "size", 1).get("/api/regions").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(Gazetteer.standard().size()));
        given().queryParams("all", "true", "level", "township", "parent", FENXI, "size", 200).get("/api/regions")
                .then().statusCode(200)
                .body("total", greaterThan(3))
                .body("items.level", everyItem(equalTo("township")))
                .body("items.parentCode", everyItem(equalTo(FENXI)));
        List<String> provinces = given().queryParams("all", "true", "level", "province", "size", 100).get("/api/regions")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        // the tests' own divisions (98xxxx, 99xxxx: src/test/resources/db/test-regions) lie beside the gazetteer's 31
        assertEquals(31, provinces.stream().filter(code -> !code.startsWith("9")).count(), provinces.toString());
    }

    @Test
    void searchFindsShortTraditionalAndFormerNamesAndCodes() {
        given().queryParams("all", "true", "q", "汾西").get("/api/regions").then().statusCode(200)
                .body("items[0].code", equalTo(FENXI))
                .body("items[0].name", equalTo("汾西县"))
                .body("items[0].parentCode", equalTo("141000"))
                .body("items[0].aliases", hasItem("汾西"));
        given().queryParams("all", "true", "q", "汾西縣").get("/api/regions").then().statusCode(200)
                .body("items[0].code", equalTo(FENXI));
        given().queryParams("all", "true", "q", "361121").get("/api/regions").then().statusCode(200)
                .body("items[0].code", equalTo("361104"))
                .body("items[0].name", equalTo("广信区"))
                .body("items[0].aliases", hasItems("上饶县", "361121"));
        given().queryParams("all", "true", "q", "上饶县").get("/api/regions").then().statusCode(200)
                .body("items[0].code", equalTo("361104"));
    }

    @Test
    void aNeverMentionedCountyHasItsChainChildrenAndNoArticles() {
        given().get("/api/regions/620722").then().statusCode(200)
                .body("name", equalTo("民乐县"))
                .body("level", equalTo("county"))
                .body("parents.code", contains("620000", "620700"))
                .body("parents.name", contains("甘肃省", "张掖市"))
                .body("children.code", hasItems("620722101", "620722102"))
                .body("articleCount", equalTo(0))
                .body("latest.size()", equalTo(0));
        given().get("/api/regions/361121").then().statusCode(200)
                .body("code", equalTo("361104"))
                .body("parents.name", contains("江西省", "上饶市"));
        given().get("/api/regions/620722101").then().statusCode(200)
                .body("level", equalTo("township"))
                .body("parents.code", contains("620000", "620700", "620722"));
    }

    @Test
    void theDefaultListingShowsOnlyMentionedRegions() {
        given().queryParam("q", "民乐").get("/api/regions").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("size", 1).get("/api/regions").then().statusCode(200)
                .body("total", lessThan(Gazetteer.standard().size()));
    }

    @Test
    void aFigureNamedByAFormerCodeLandsOnTheCurrentDivision() {
        RegionRef shangraoCounty = county("361121", "上饶县");
        String article = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2018-06-01", shangraoCounty,
                List.of(observation(article, shangraoCounty, "poor_population", "5120", "person", "2017", "stock", 3)))));

        given().queryParam("indicator", "poor_population").get("/api/regions/361104/observations").then()
                .statusCode(200)
                .body("items.article.id", hasItem(article))
                .body("items.region.key", everyItem(equalTo("361104")));
        given().queryParam("q", "广信").get("/api/regions").then().statusCode(200)
                .body("items.code", contains("361104"));
        assertNull(regions.findById("361121"), "a former code must not become a region of its own");
    }
}
