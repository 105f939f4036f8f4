package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;
import org.sakuin.web.CorpusIndicators;
import org.sakuin.web.CorpusIngest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real page in headless Chromium ({@link HeadlessBrowser}): type a query, press Enter, and read the hit the
 * way a person would; and nothing on the page refused by its Content-Security-Policy.
 */
class SearchPageBrowserIT extends CorpusPageTest {

    private static final Pattern TOTAL = Pattern.compile("([0-9]+) 件");

    @Autowired
    SearchService search;

    @Test
    void typingAQueryAndPressingEnterShowsTheMarkedPassageAndItsPage() throws Exception {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-combo-box.query input")));

        input.sendKeys("自治会加入");
        input.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("?q="));
        List<WebElement> hits = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
        assertThat(driver.findElement(By.cssSelector(".summary")).getText()).contains("自治会加入").contains("件");

        WebElement indicator = hits.stream()
                .filter(hit -> hit.findElement(By.cssSelector(".hit-snippet")).getText().contains("自治会加入世帯数"))
                .findFirst().orElseThrow(() -> new AssertionError("no hit shows the 自治会加入世帯数 passage"));
        List<WebElement> marks = indicator.findElements(By.cssSelector(".hit-snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).extracting(WebElement::getText).contains("自治会加入");
        assertThat(indicator.findElement(By.cssSelector(".hit-town")).getText()).isEqualTo("入間市");
        assertThat(indicator.findElement(By.cssSelector(".hit-page")).getText()).isEqualTo("10ページ");

        String href = indicator.findElement(By.cssSelector("a.hit-source")).getAttribute("href");
        assertThat(href).contains("/source/").endsWith("#page=10");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href.substring(0, href.indexOf('#')))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.body()).isEqualTo(Files.readAllBytes(Path.of(CorpusIngest.CORPUS, "iruma_zenki_kihonkeikaku_dai1sho.pdf")));
    }

    @Test
    void kanaTypedSoFarIsCompletedAndPickingASuggestionSearchesIt() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-combo-box.query input")));

        input.sendKeys("じちかい");

        WebElement suggestion = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item"))
                .stream().filter(item -> item.getText().contains("自治会加入世帯数")).findFirst().orElse(null));
        assertThat(suggestion.getText()).contains("指標");
        suggestion.click();

        wait.until(ExpectedConditions.urlContains("?q=" + URLEncoder.encode("自治会加入世帯数", StandardCharsets.UTF_8)));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
        assertThat(driver.findElement(By.cssSelector(".summary")).getText()).contains("「自治会加入世帯数」");
    }

    @Test
    void aMistypedWordLinksToTheWordThePlansUse() {
        driver.get("http://localhost:" + port + "/?q=" + URLEncoder.encode("自治界", StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);

        WebElement respelt = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".did-you-mean a")));
        assertThat(respelt.getText()).isEqualTo("自治会");
        respelt.click();

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
        assertThat(driver.findElement(By.cssSelector(".summary")).getText()).contains("「自治会」");
    }

    @Test
    void aQueryWithoutHitsSaysSo() {
        driver.get("http://localhost:" + port + "/?q=" + URLEncoder.encode("存在しない語句ぴよぴよ", StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(driver, WAIT);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "見つかりませんでした"));
        assertThat(driver.findElements(By.cssSelector("article.hit"))).isEmpty();
    }

    @Test
    void tickingAnAreaAndThenATownNarrowsTheResultsAndKeepsTheOtherTownsCounted() {
        driver.get("http://localhost:" + port + "/?q=" + URLEncoder.encode("連携", StandardCharsets.UTF_8));
        // the sidebar and hits are rendered anew after each click
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
        int all = total();

        facet("area", "広域連携・自治体間連携").click();
        wait.until(ExpectedConditions.urlContains("area="));
        wait.until(driver -> total() < all);
        int inArea = total();

        facet("municipality", "入間市").click();
        wait.until(ExpectedConditions.urlContains("municipality="));
        wait.until(driver -> total() < inArea);
        assertThat(driver.findElements(By.cssSelector("article.hit .hit-town"))).isNotEmpty()
                .extracting(WebElement::getText).containsOnly("入間市");
        WebElement asahikawa = facetRow("municipality", "旭川市");
        assertThat(Integer.parseInt(asahikawa.findElement(By.cssSelector(".facet-count")).getText())).isPositive();
        assertThat(facet("municipality", "入間市").getAttribute("checked")).isNotNull();
    }

    /** The total in the summary line, 「連携」に一致する箇所: 57 件. */
    private int total() {
        String summary = driver.findElement(By.cssSelector(".summary")).getText();
        Matcher total = TOTAL.matcher(summary);
        return total.find() ? Integer.parseInt(total.group(1)) : -1;
    }

    private WebElement facet(String dimension, String value) {
        return facetRow(dimension, value).findElement(By.cssSelector("vaadin-checkbox"));
    }

    private WebElement facetRow(String dimension, String value) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(driver -> driver
                .findElements(By.cssSelector("[data-facet='" + dimension + "'] .facet-row")).stream()
                .filter(row -> row.findElement(By.cssSelector("vaadin-checkbox")).getText().strip().equals(value))
                .findFirst().orElse(null));
    }

    @Test
    void theExplorerDrawsTheChosenIndicatorsChart() {
        IndicatorEntry indicator = CorpusIndicators.named(search, "上川中部定住自立圏形成協定に基づく取組数");
        driver.get("http://localhost:" + port + "/indicators?municipality="
                + URLEncoder.encode("旭川市", StandardCharsets.UTF_8) + "&id=" + indicator.id());
        WebDriverWait wait = new WebDriverWait(driver, WAIT);

        WebElement chart = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".indicator-chart svg")));
        assertThat(chart.getSize().getWidth()).isGreaterThan(200);
        assertThat(chart.findElements(By.tagName("path"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector(".indicator-detail h2")).getText()).isEqualTo(indicator.name());
        assertThat(driver.findElement(By.cssSelector(".result-bar .summary")).getText()).endsWith("件の指標");
        assertThat(driver.findElement(By.cssSelector("a.download[href*='export.csv']")).getAttribute("href"))
                .contains("municipality=");
    }
}
