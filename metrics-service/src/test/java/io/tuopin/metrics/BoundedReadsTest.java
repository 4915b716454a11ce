package io.tuopin.metrics;

import static io.restassured.RestAssured.given;
import static io.tuopin.metrics.support.KafkaTestClient.awaitAllConsumed;
import static io.tuopin.metrics.support.KafkaTestClient.publish;
import static io.tuopin.metrics.support.TestEvents.T1;
import static io.tuopin.metrics.support.TestEvents.entities;
import static io.tuopin.metrics.support.TestEvents.metrics;
import static io.tuopin.metrics.support.TestEvents.newArticleId;
import static io.tuopin.metrics.support.TestEvents.observation;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tuopin.events.RegionInfo;
import io.tuopin.events.RegionRef;
import io.tuopin.events.Topics;
import io.tuopin.kafka.local.KafkaTestResource;
import io.tuopin.metrics.domain.Article;
import io.tuopin.metrics.domain.Observation;
import io.tuopin.metrics.support.PostgresRequired;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads stay bounded however many articles a region has: the province page and article lists load
 * no article text and no observation entity (only the columns they show, aggregated in SQL), deep
 * lists are paged by key, and text searches can use an index.
 */
@QuarkusTest
@WithTestResource(value = PostgresRequired.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class BoundedReadsTest {
    private static final int ARTICLES = 120;
    private static final RegionRef PROVINCE = new RegionRef("980000", "载荷省", "province");
    private static final RegionRef PREFECTURE = new RegionRef("980100", "载荷市", "prefecture");
    private static final List<RegionRef> COUNTIES = List.of(new RegionRef("980101", "载荷甲县", "county"),
            new RegionRef("980102", "载荷乙县", "county"));
    private static boolean stored;

    @Inject
    SessionFactory sessions;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void storeManyArticlesAboutOneProvince() {
        if (stored) {
            return;
        }
        List<RecordMetadata> sent = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            RegionRef county = COUNTIES.get(i % 2);
            String article = newArticleId();
            List<RegionInfo> chain = List.of(new RegionInfo("980000", "载荷省", "province", null, null),
                    new RegionInfo("980100", "载荷市", "prefecture", "980000", null),
                    new RegionInfo(county.code(), county.name(), "county", "980100", null));
            sent.add(publish(Topics.ARTICLES_ENTITIES, article, entities(article, T1, "载荷报道" + i, county, chain)));
            String published = String.format("2020-%02d-%02d", i % 12 + 1, i % 28 + 1);
            sent.add(publish(Topics.ARTICLES_METRICS, article, metrics(article, T1, published, county, List.of(
                    observation(article, PROVINCE, "poor_population", String.valueOf(90_000 + i), "person",
                            String.valueOf(2015 + i % 6), "stock", 5),
                    observation(article, PREFECTURE, "poverty_incidence", "1." + i % 10, "percent", "2019", "rate", 9),
                    observation(article, county, "investment", String.valueOf(1_000_000 + i), "yuan", "2019", "flow", 13)))));
        }
        // the same amount once more, in another article: a flow's total counts it once
        String repeat = newArticleId();
        RegionRef second = COUNTIES.get(1);
        sent.add(publish(Topics.ARTICLES_METRICS, repeat, metrics(repeat, T1, "2021-01-01", second, List.of(
                observation(repeat, second, "investment", "1000001", "yuan", "2019", "flow", 13)))));
        awaitAllConsumed(sent);
        stored = true;
    }

    @BeforeEach
    void clearStatistics() {
        statistics().clear();
    }

    @Test
    void theProvincePageLoadsNoArticleTextAndNoObservationEntities() {
        JsonPath page = given().get("/api/regions/980000").then().statusCode(200).extract().jsonPath();

        assertEquals(ARTICLES, page.getInt("articleCount"));
        assertEquals(ARTICLES, page.getInt("observationCount"));
        // period 2020 is reported by articles 5, 11, ..., 119; the latest publication among them (2020-12-28) is article 83's
        assertEquals(90_083, page.getInt("latest.find { it.indicator == 'poor_population' }.value"));
        assertEquals("980100", page.getString("children[0].code"));
        assertEquals("percent", page.getString("children[0].figures.poverty_incidence.unit"));
        assertEquals(0, loads(Article.class), "no article entity (and so no article text) is loaded");
        assertEquals(0, loads(Observation.class), "observations are read as the columns the page shows");
    }

    @Test
    void flowsAreSummedInTheDatabaseCountingARepeatedAmountOnce() {
        JsonPath county = given().get("/api/regions/980102").then().statusCode(200).extract().jsonPath();

        String period = "flows.find { it.indicator == 'investment' }.periods[0]";
        assertEquals("2019", county.getString(period + ".period"));
        assertEquals(61, county.getInt(period + ".count"));
        assertEquals(60_003_600L, county.getLong(period + ".total"), "1,000,001 counts once");
        assertEquals(10, county.getList(period + ".observations").size(), "the newest ten are listed");
        assertEquals(0, loads(Observation.class));
    }

    @Test
    void anArticleListLoadsNoArticleText() {
        given().queryParams("region", "980000", "size", 200).get("/api/articles").then().statusCode(200)
                .body("total", equalTo(ARTICLES)).body("items.size()", equalTo(ARTICLES));
        assertEquals(0, loads(Article.class));
    }

    @Test
    void deepListsArePagedByKey() {
        List<String> byOffset = given().queryParams("region", "980000", "size", 200).get("/api/articles")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> byKey = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParams("region", "980000", "size", 50);
            JsonPath page = (after == null ? request : request.queryParam("after", after))
                    .get("/api/articles").then().statusCode(200).extract().jsonPath();
            byKey.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
        } while (after != null);

        assertEquals(byOffset, byKey);
        given().queryParams("region", "980000", "size", 50, "page", 1000).get("/api/articles")
                .then().statusCode(400).body("detail", containsString("after"));
    }

    @Test
    void textSearchesCanUseAnIndex() throws Exception {
        given().queryParams("q", "扶贫工作取得", "size", 5).get("/api/articles").then().statusCode(200);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = sql.executeQuery("explain select id from article"
                    + " where title like '%扶贫工作取得%' or clean_text like '%扶贫工作取得%'")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("article_text_trgm_idx"), plan.toString());
            assertTrue(plan.toString().contains("article_title_trgm_idx"), plan.toString());
        }
    }

    private long loads(Class<?> entity) {
        return statistics().getEntityStatistics(entity.getName()).getLoadCount();
    }

    private Statistics statistics() {
        return sessions.getStatistics();
    }
}
