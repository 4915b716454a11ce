package io.tuopin.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tuopin.gateway.browser.HeadlessChromium;
import io.tuopin.gateway.fake.CommittedRecords;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver), backed by
 * the fake metrics-service's sample data, under its Content-Security-Policy: a test fails when the
 * browser refused anything. Screenshots go to target/screenshots/.
 */
@QuarkusTest
class DashboardBrowserTest {
    @TestHTTPResource("/")
    URL root;

    private HeadlessChromium browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
        wait = browser.waiting();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            List<String> refused = browser.policyViolations();
            browser.close();
            assertEquals(List.of(), refused, "the page must run entirely within its Content-Security-Policy");
        }
    }

    @Test
    void searchARegionSeeItsFiguresAndTheHighlightedArticle() throws IOException {
        driver.get(root.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .result")));
        assertTrue(((JavascriptExecutor) driver).executeScript("return typeof window.Chart") .equals("function"),
                "Chart.js must load from the application jar");

        WebElement search = driver.findElement(By.id("search-input"));
        search.sendKeys("大宁");
        driver.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("大宁县"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("region-title"), "大宁县"));
        List<WebElement> cards = driver.findElements(By.cssSelector(".card"));
        assertEquals(6, cards.size(), "six headline cards");
        assertEquals("0.6%", card("poverty_incidence").findElement(By.className("card-value")).getText());
        assertEquals("5,406人", card("poor_population").findElement(By.className("card-value")).getText());
        assertEquals("2.6亿元", card("investment").findElement(By.className("card-value")).getText());
        assertTrue(card("investment").getText().contains("2019 合计"), "a flow shows a period total, not a current value");
        wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('canvas.chart')].filter(c => Chart.getChart(c)).length") instanceof Long count
                && count >= 5);
        Object incidencePoints = ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(document.querySelector('#chart-poverty_incidence canvas')).data.datasets[0].data");
        assertEquals(List.of(28.1, 9.8, 0.6), incidencePoints, "the incidence series in period order");
        screenshot("region-141030.png");

        driver.findElement(By.linkText("大宁县：小山村走出致富路")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("mark.figure"), 7));
        List<WebElement> marks = driver.findElements(By.cssSelector("mark.figure"));
        assertEquals("19870人", marks.get(0).getText());
        assertEquals("28.1%", marks.get(1).getText());
        WebElement regionName = driver.findElement(By.cssSelector("#article-text a.entity"));
        assertEquals("大宁县", regionName.getText());
        assertTrue(regionName.getAttribute("href").endsWith("#/region/141030"), regionName.getAttribute("href"));
        marks.get(2).click();
        WebElement row = driver.findElement(By.id("obs-" + marks.get(2).getAttribute("data-obs")));
        assertTrue(row.getAttribute("class").contains("selected"), "a highlighted figure leads to its observation");
        assertTrue(row.getText().contains("0.6%"), row.getText());
        screenshot("article.png");
    }

    @Test
    void aSourceThatIsNotAnHttpAddressIsNeverALink() throws IOException {
        driver.get(root + "#/article/5c71a2b0e4d3c8f9a1b2c3d4e5f60718");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), "来源链接是脚本的报道"));

        assertTrue(driver.findElements(By.cssSelector("a[href^='javascript'], a[href^='JAVASCRIPT']")).isEmpty(),
                "a javascript: source must not become a link");
        assertTrue(driver.findElements(By.linkText("原文链接")).isEmpty());
        screenshot("article-script-url.png");
    }

    @Test
    void figuresOfAnUnknownRegionShowAsSuchOnTheArticlePage() throws IOException {
        driver.get(root + "#/article/5f0e2a7c9b1d4e3f8a6b0c2d4e6f8a0b");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("mark.figure"), 2));
        assertTrue(driver.findElement(By.cssSelector("nav.crumbs")).getText().contains("地区未知"),
                driver.findElement(By.cssSelector("nav.crumbs")).getText());
        List<WebElement> rows = driver.findElements(By.cssSelector("#observations tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains("地区未知 region unknown"), rows.get(0).getText());
        WebElement village = rows.get(1).findElement(By.linkText("小冯村"));
        assertTrue(village.getAttribute("href").contains("#/region/141030100203"), village.getAttribute("href"));
        screenshot("article-unknown-region.png");
    }

    @Test
    void subRegionsSortByAColumn() throws IOException {
        driver.get(root + "#/region/141000");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subregions tbody tr")));
        WebElement incidence = driver.findElements(By.cssSelector("#subregions th")).stream()
                .filter(header -> header.getText().startsWith("贫困发生率")).findFirst().orElseThrow();
        incidence.click();
        assertEquals(List.of("汾西县", "大宁县", "吉县"), firstColumn());
        driver.findElements(By.cssSelector("#subregions th")).stream()
                .filter(header -> header.getText().startsWith("贫困发生率")).findFirst().orElseThrow().click();
        assertEquals("大宁县", firstColumn().get(0));
        screenshot("region-141000.png");
    }

    @Test
    void newObservationsAppearInTheLiveFeed() throws Exception {
        driver.get(root.toString());
        wait.until(ExpectedConditions.attributeContains(By.id("live-state"), "class", "on"));
        By fenxiItem = By.xpath("//ol[@id='live-feed']/li[a[text()='汾西县']]");
        try (CommittedRecords records = new CommittedRecords()) {
            // the gateway's consumer starts at the newest offset once it has its partitions: publish until one shows
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (driver.findElements(fenxiItem).isEmpty() && System.nanoTime() < deadline) {
                records.publishSample();
                try {
                    new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.presenceOfElementLocated(fenxiItem));
                } catch (TimeoutException notYet) {
                    // not assigned its partitions yet: publish another
                }
            }
        }
        String feed = driver.findElement(By.id("live-feed")).getText();
        assertTrue(feed.contains("贫困发生率 0.4%"), feed);
        assertTrue(feed.contains("扶贫投入 3.8亿元 (2019)"), feed);
        screenshot("live-feed.png");
    }

    private List<String> firstColumn() {
        return driver.findElements(By.cssSelector("#subregions tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    }

    private WebElement card(String indicator) {
        return driver.findElement(By.cssSelector(".card[data-indicator='" + indicator + "']"));
    }

    private void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }
}
