package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;
import org.sakuin.web.CorpusIndicators;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's screenshots, taken of the bundled corpus at a desktop's 1400×1000 and a phone's 390×844, into
 * {@code target/readme-screenshots/} (copy them to {@code docs/} to update the README). Each waits for what it is
 * meant to show, so a page that no longer shows it fails here rather than in the README.
 */
class ReadmeScreenshotsBrowserIT extends CorpusPageTest {

    private static final Dimension DESKTOP = new Dimension(1400, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Path FOLDER = Path.of("target", "readme-screenshots");

    @Autowired
    SearchService search;

    @Test
    void theSearchPageWithAnAnswerAndATableHit() throws IOException {
        open(DESKTOP, "/?q=" + words("自治会加入世帯数の現状値は？"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer-card")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.hit")));
        save("screenshot-search.png");
    }

    @Test
    void aTableHitWithItsIndicatorsAndThumbnail() throws IOException {
        open(DESKTOP, "/?q=" + words("自治会加入"));
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.hit .hit-snippet table")));
        WebElement hit = table.findElement(By.xpath("ancestor::article"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);", hit);
        wait.until(page -> (Boolean) driver.executeScript(
                "const img = arguments[0].querySelector('img'); return !img || (img.complete && img.naturalWidth > 0);",
                hit));
        save("screenshot-hit.png");
    }

    @Test
    void theSearchPageOnAPhone() throws IOException {
        open(PHONE, "/?q=" + words("都市間連携"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.hit")));
        save("screenshot-phone-search.png");
    }

    @Test
    void theSuggestionsForKanaTypedSoFar() throws IOException {
        open(DESKTOP, "/");
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-combo-box.query input")));
        input.sendKeys("じちかい");
        wait.until(page -> page.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.getText().contains("自治会加入世帯数")));
        save("screenshot-suggest.png");
    }

    @Test
    void theIndicatorExplorerWithAChart() throws IOException {
        IndicatorEntry indicator = CorpusIndicators.named(search, "上川中部定住自立圏形成協定に基づく取組数");
        open(DESKTOP, "/indicators?municipality=" + words("旭川市") + "&id=" + indicator.id());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".indicator-chart svg")));
        save("screenshot-indicators.png");
    }

    @Test
    void theIndicatorExplorerOnAPhone() throws IOException {
        open(PHONE, "/indicators");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid.indicator-grid")));
        wait.until(page -> (Boolean) driver.executeScript("const grid = document.querySelector('vaadin-grid.indicator-grid');"
                + " return grid.shadowRoot.querySelectorAll('#items tr').length >= 5;"));
        save("screenshot-phone-indicators.png");
    }

    private void open(Dimension size, String path) {
        driver.manage().window().setSize(size);
        driver.get("http://localhost:" + port + path);
    }

    private static String words(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void save(String name) throws IOException {
        // the last of Vaadin's rendering and the web fonts settle before the picture
        wait.until(page -> (Boolean) driver.executeScript("return document.fonts.status === 'loaded'"));
        Files.createDirectories(FOLDER);
        Path file = FOLDER.resolve(name);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(file)).as(name).isPositive();
        System.out.println("README screenshot: " + file);
    }
}
