package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.gateway.fake.FakeMetricsService;
import io.tuopin.gateway.fake.FakeUpstreams;
import org.junit.jupiter.api.Test;

/** Deep article lists are read by key: the gateway passes a page's next token on as after=. */
@QuarkusTest
class ArticleListPagingTest {
    private final FakeMetricsService metrics = FakeUpstreams.metrics();

    @Test
    void theNextTokenOfAPageIsPassedOnAsAfter() {
        given().queryParams("region", "141000", "size", 50, "after", "MjAyMC0wOS0xOHw3YmRjZmE4Mzc4OTRiMDg2")
                .when().get("/api/articles").then().statusCode(200);
        assertTrue(metrics.lastQuery().contains("after=MjAyMC0wOS0xOHw3YmRjZmE4Mzc4OTRiMDg2"), metrics.lastQuery());
    }

    @Test
    void aTokenThatCannotBeOneIsRefusedAtTheEdge() {
        given().queryParam("after", "<script>").when().get("/api/articles")
                .then().statusCode(400).body("parameter", equalTo("after"));
    }
}
