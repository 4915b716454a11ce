package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tuopin.gateway.fake.FakeMetricsService;
import io.tuopin.gateway.fake.FakeUpstreams;
import io.tuopin.kafka.local.KafkaTestResource;
import java.nio.charset.Charset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = FakeUpstreams.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class GatewayApiTest {
    private static final String PROBLEM = "application/problem+json";
    private final FakeMetricsService metrics = FakeUpstreams.metrics();

    @AfterEach
    void healUpstream() {
        metrics.setDelayMillis(0);
        metrics.setFailing(false);
    }

    @Test
    void searchPassesValidatedParametersThrough() {
        given().queryParam("q", "大宁").queryParam("level", "county").queryParam("size", "5")
                .when().get("/api/regions")
                .then().statusCode(200)
                .body("items.code", hasItem("141030"))
                .body("size", equalTo(5));
        assertTrue(metrics.lastQuery().contains("level=county") && metrics.lastQuery().contains("size=5"), metrics.lastQuery());
    }

    @Test
    void regionShowsItsHierarchyAndLatestFigures() {
        given().when().get("/api/regions/141030")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("parents.name", hasItem("临汾市"))
                .body("latest.find { it.indicator == 'poverty_incidence' }.value", equalTo(0.6f));
        given().when().get("/api/regions/620700").then().statusCode(200).body("parents[0].name", equalTo("甘肃省"));
    }

    @Test
    void aVillageIsServedByItsTwelveDigitCode() {
        given().when().get("/api/regions/141030100203")
                .then().statusCode(200)
                .body("level", equalTo("village"))
                .body("parents.name", hasItem("昕水镇"));
        given().queryParam("region", "141030100203").when().get("/api/articles").then().statusCode(200);
        assertTrue(metrics.lastQuery().contains("region=141030100203"), metrics.lastQuery());
    }

    @Test
    void figuresOfAnUnknownRegionAreShownWithTheirArticle() {
        given().when().get("/api/articles/5f0e2a7c9b1d4e3f8a6b0c2d4e6f8a0b")
                .then().statusCode(200)
                .body("region", equalTo(null))
                .body("observations.size()", equalTo(2))
                .body("observations[0].region", equalTo(null))
                .body("observations[0].value", equalTo(0.5f))
                .body("observations[1].region.code", equalTo("141030100203"));
    }

    @Test
    void matchingEntityTagGivesNotModified() {
        String tag = given().when().get("/api/regions/141030/observations").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", tag).when().get("/api/regions/141030/observations")
                .then().statusCode(304).header("ETag", equalTo(tag)).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").when().get("/api/regions/141030/observations")
                .then().statusCode(200);
        String csvTag = given().queryParam("format", "csv").when().get("/api/regions/141030/observations")
                .then().statusCode(200).extract().header("ETag");
        assertTrue(!csvTag.equals(tag), "CSV and JSON are different representations");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/regions/12345|code",
        "/api/regions/14103a|code",
        "/api/regions/14103010020|code",
        "/api/regions/1410301002031|code",
        "/api/regions/141030/observations?from=2019-13|from",
        "/api/regions/141030/observations?to=2019-02-30|to",
        "/api/regions/141030/observations?from=2020&to=2019-06|from",
        "/api/regions/141030/observations?size=5000|size",
        "/api/regions/141030/observations?size=0|size",
        "/api/regions/141030/observations?page=-1|page",
        "/api/regions/141030/observations?indicator=x' OR '1'='1|indicator",
        "/api/regions/141030?format=xml|format",
        "/api/regions?level=city|level",
        "/api/regions?all=yes|all",
        "/api/regions?parent=14|parent",
        "/api/regions?q=<script>alert(document.cookie)</script><script>alert(1)</script>xx|q",
        "/api/articles/not-an-id|id",
        "/api/articles?region=DROP TABLE articles|region",
        "/api/stream/observations?indicator=Poverty|indicator"})
    void badInputIsRejectedAtTheEdgeWithAReason(String url, String parameter) {
        int before = metrics.requests();
        given().urlEncodingEnabled(true).when().get(url.replace(" ", "%20"))
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(parameter));
        assertEquals(before, metrics.requests(), "no invalid request may reach metrics-service");
    }

    @Test
    void injectionTextInASearchIsOnlyEverAParameter() {
        given().queryParam("q", "' OR 1=1 --").when().get("/api/regions")
                .then().statusCode(200).body("total", equalTo(0));
        assertTrue(metrics.lastQuery().contains("q=%27%20OR%201%3D1%20--") || metrics.lastQuery().contains("q=%27+OR+1%3D1+--"),
                metrics.lastQuery());
    }

    @Test
    void upstreamNotFoundPassesThroughAsProblem() {
        given().when().get("/api/regions/999999")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("detail", not(emptyString()));
        given().when().get("/api/articles/0123456789abcdef0123456789abcdef").then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/no-such-thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void failingUpstreamGives503WithoutInternals() {
        metrics.setFailing(true);
        String body = given().when().get("/api/regions/141030")
                .then().statusCode(503).contentType(PROBLEM)
                .body("detail", containsString("metrics-service"))
                .extract().asString();
        for (String leak : new String[] {"SQL", "db.internal", "5432", "Exception", "at io.", "127.0.0.1"}) {
            assertTrue(!body.contains(leak), "response leaks " + leak + ": " + body);
        }
    }

    @Test
    void slowUpstreamGives503InBoundedTime() {
        metrics.setDelayMillis(8000);
        given().when().get("/api/indicators")
                .then().time(lessThan(5000L), TimeUnit.MILLISECONDS)
                .statusCode(503).contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("did not answer in time"));
    }

    @Test
    void timeSeriesAsCsv() {
        Response csv = given().queryParam("indicator", "poverty_incidence").queryParam("format", "csv")
                .when().get("/api/regions/141030/observations");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("observations-141030.csv"));
        String[] lines = csv.asString().split("\r\n");
        assertTrue(lines[0].startsWith("id,region_code,region_name,region_level,indicator,value"), lines[0]);
        assertEquals(4, lines.length, "header and three incidence figures");
        assertTrue(csv.asString().contains(",poverty_incidence,28.1,,percent,2014,"), csv.asString());
        assertTrue(csv.asString().contains(",7bdcfa837894b086843a036d60075921,大宁县：小山村走出致富路,2020-09-18,28.1%\r\n"),
                "article reference and evidence: " + csv.asString());
        given().header("Accept", "text/csv").when().get("/api/regions/141030/observations")
                .then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void regionTableAsCsvListsSubRegions() {
        String csv = given().header("Accept", "text/csv").when().get("/api/regions/141000")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("region_code,region_name,region_level,indicator,value,unit,period,kind,article_id\r\n"), csv);
        assertTrue(csv.contains("141030,大宁县,county,poverty_incidence,0.6,percent,2019-12,rate,"), csv);
        assertTrue(csv.contains("141034,汾西县,county,poverty_incidence,0.5,percent,2019-12,rate,"), csv);
        String own = given().queryParam("format", "csv").when().get("/api/regions/141030").then().statusCode(200)
                .extract().asString();
        assertTrue(own.contains("141030,大宁县,county,investment,260000000,yuan,2019,flow,\r\n"), "flow totals per period: " + own);
    }

    @Test
    void articlePostPassesBytesTypeAndStatusThrough() {
        Charset gbk = Charset.forName("GBK");
        byte[] body = ("测试县2019年贫困发生率降至0.7%。" + System.nanoTime()).getBytes(gbk);
        given().contentType("text/plain; charset=GBK").body(body)
                .when().post("/api/articles")
                .then().statusCode(202).body("status", equalTo("accepted"));
        assertArrayEquals(body, FakeUpstreams.ingest().lastBody());
        assertEquals("text/plain; charset=GBK", FakeUpstreams.ingest().lastContentType());
        given().contentType("text/plain; charset=GBK").body(body)
                .when().post("/api/articles")
                .then().statusCode(200).body("status", equalTo("duplicate"));
        given().contentType("application/xml").body("<a/>").when().post("/api/articles")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void documentationAndHealthAreServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/regions/{code}/observations'.get.parameters.name", hasItem("indicator"))
                .body("paths.'/api/regions/{code}/observations'.get.responses.'400'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/stream/observations'.get.summary", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
