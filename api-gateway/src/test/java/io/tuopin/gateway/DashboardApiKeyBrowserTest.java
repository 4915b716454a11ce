package io.tuopin.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tuopin.gateway.browser.HeadlessChromium;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Where reads are keyed, the dashboard asks for the key once and keeps it for the browser tab's session only. */
@QuarkusTest
@TestProfile(DashboardApiKeyBrowserTest.KeyedReads.class)
class DashboardApiKeyBrowserTest {
    private static final String KEY = "reader-key-7";

    public static class KeyedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tuopin.api-key", KEY, "tuopin.api-key.reads", "true");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theKeyIsAskedOnceAndKeptInSessionStorageNotLocalStorage() throws Exception {
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.driver().get(root.toString());
            Alert prompt = browser.waiting().until(ExpectedConditions.alertIsPresent());
            prompt.sendKeys(KEY);
            prompt.accept();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .result")));

            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            assertEquals(KEY, page.executeScript("return sessionStorage.getItem('tuopin.apiKey')"));
            assertNull(page.executeScript("return localStorage.getItem('tuopin.apiKey')"),
                    "a key in localStorage would outlive the session and be readable by any later script");
            assertEquals(List.of(), browser.policyViolations());
        }
    }
}
