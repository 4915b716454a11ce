package io.tuopin.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard runs only its own scripts, and no response can be sniffed into something else. */
@QuarkusTest
class SecurityHeadersTest {
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void theDashboardAllowsOnlyItsOwnScriptsAndStyles() {
        for (String path : new String[] {"/", "/index.html", "/app/main.js", "/app/style.css"}) {
            given().when().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("object-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe")))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }

    @Test
    void apiAnswersAreNotSniffed() {
        given().when().get("/api/indicators").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }

    @Test
    void theDashboardPageHasNoInlineScriptHandlerOrStyle() throws IOException {
        try (InputStream page = getClass().getResourceAsStream("/META-INF/resources/index.html")) {
            String html = new String(page.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(INLINE.matcher(html).find(), "index.html must keep to script-src 'self' and style-src 'self'");
        }
    }
}
