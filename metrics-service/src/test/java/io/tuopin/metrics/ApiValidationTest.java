package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static io.tuopin.metrics.support.KafkaTestClient.awaitConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.county;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.repository.ArticleRepository;
import io.tuopin.metrics.repository.ObservationSetRepository;
import io.tuopin.metrics.repository.ObservationRepository;
import io.tuopin.metrics.repository.RegionRepository;
import io.tuopin.metrics.support.PostgresRequired;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class ApiValidationTest {
    private static final String SQL = "1' OR '1'='1'; DROP TABLE observation; --";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Inject
    RegionRepository regions;

    @Inject
    ArticleRepository articles;

    @Inject
    ObservationRepository observations;

    @Inject
    ObservationSetRepository sets;

    private String article;

    @BeforeEach
    void storeOneArticle() {
        RegionRef region = county("990301", "测试校验县");
        article = newArticleId();
        awaitConsumed(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, "2020-01-01", region, List.of(
                observation(article, region, "poor_population", "10", "person", "2019-12", "stock", 1)))));
    }

    @Test
    void unknownRegionsAndArticlesAre404() {
        problem(given().get("/api/regions/999999"), 404).body("detail", containsString("999999"));
        problem(given().get("/api/regions/999999/observations"), 404);
        problem(given().queryParam("region", "999998").get("/api/articles"), 404);
        problem(given().get("/api/articles/" + "0".repeat(32)), 404);
        problem(given().get("/api/regions/620122105202"), 404).body("detail", containsString("620122105202"));
        problem(given().get("/api/no-such-path"), 404);
    }

    @Test
    void malformedParametersAre400WithAReasonAndChangeNothing() {
        Map<String, Long> before = counts();
        problem(given().get("/api/regions/14103"), 400).body("detail", containsString("6, 9 or 12 digits"));
        problem(given().get("/api/regions/abcdef"), 400);
        problem(given().get("/api/regions/62012210520"), 400);
        problem(given().get("/api/regions/6201221052011"), 400);
        problem(given().queryParam("from", "2019-13").get("/api/regions/990301/observations"), 400)
                .body("detail", containsString("from"));
        problem(given().queryParam("to", "2019-02-30").get("/api/regions/990301/observations"), 400);
        problem(given().queryParam("from", "20190101").get("/api/regions/990301/observations"), 400);
        problem(given().queryParams("from", "2020", "to", "2019").get("/api/regions/990301/observations"), 400);
        problem(given().queryParam("indicator", "Poor-Population").get("/api/regions/990301/observations"), 400);
        problem(given().queryParam("size", "100000").get("/api/regions"), 400).body("detail", containsString("200"));
        problem(given().queryParam("size", "0").get("/api/articles"), 400);
        problem(given().queryParam("page", "-1").get("/api/regions"), 400);
        problem(given().queryParam("page", "x").get("/api/regions"), 400);
        problem(given().queryParam("level", "planet").get("/api/regions"), 400);
        problem(given().queryParam("all", "maybe").get("/api/regions"), 400);
        problem(given().queryParam("parent", "12").get("/api/regions"), 400);
        problem(given().get("/api/articles/not-an-id"), 400);
        assertEquals(before, counts());
    }

    @Test
    void injectionStringsAre400AndNeverEchoedOrExecuted() {
        Map<String, Long> before = counts();
        for (String attack : List.of(SQL, SCRIPT)) {
            problem(given().queryParam("q", attack).get("/api/regions"), 400)
                    .body("detail", not(containsString("<script>")));
            problem(given().queryParam("q", attack).get("/api/articles"), 400);
            problem(given().queryParam("region", attack).get("/api/articles"), 400)
                    .body("detail", not(containsString("<script>")));
            problem(given().queryParam("indicator", attack).get("/api/regions/990301/observations"), 400);
            problem(given().queryParam("from", attack).get("/api/regions/990301/observations"), 400);
            problem(given().urlEncodingEnabled(true).get("/api/articles/{id}", attack), 400)
                    .body("detail", not(containsString("<script>")));
        }
        assertEquals(before, counts());
        given().queryParam("size", 200).get("/api/regions/990301/observations").then().statusCode(200)
                .body("items.article.id", hasItem(article));
    }

    @Test
    void validRequestsAnswerWithPagesAndTheStoredData() {
        given().queryParams("indicator", "poor_population", "from", "2019", "to", "2019-12-31")
                .get("/api/regions/990301/observations").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", greaterThanOrEqualTo(1))
                .body("items.article.id", hasItem(article))
                .body("items[0].evidence.text", notNullValue());
        given().queryParam("from", "2020").get("/api/regions/990301/observations").then().statusCode(200)
                .body("total", equalTo(0));
        given().get("/api/indicators").then().statusCode(200)
                .body("items.find { it.indicator == 'poor_population' }.kind", equalTo("stock"))
                .body("items.find { it.indicator == 'pv_capacity' }.catalogued", equalTo(true))
                .body("items.find { it.indicator == 'pv_capacity' }.meaning", notNullValue());
        given().get("/api/status").then().statusCode(200).body("kafka", equalTo("up"))
                .body("groups.find { it.group == 'metrics-service' }.lag", notNullValue());
    }

    private Map<String, Long> counts() {
        return Map.of("regions", regions.count(), "articles", articles.count(),
                "observations", observations.count(), "sets", sets.count());
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body("detail", notNullValue())
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("select")));
    }
}
