package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What one hit shows, in headless Chromium at 1400 px: a table passage as a table, an indicator table whose names
 * keep their width, only the hit's own plan's indicators, and its title opening the hit in its section.
 */
class HitCardBrowserIT extends CorpusPageTest {

    /** How many characters an indicator's name keeps on a line at least. */
    private static final int NAME_CHARACTERS = 8;

    @BeforeEach
    void sizeWindow() {
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void aTableHitShowsATable() {
        WebElement hit = hitShowing("自治会加入", "自治会加入世帯数");

        List<WebElement> rows = hit.findElements(By.cssSelector(".hit-snippet table.passage-table tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        WebElement row = rows.stream().filter(r -> r.getText().contains("自治会加入世帯数")).findFirst().orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells).hasSizeGreaterThanOrEqualTo(3);
        assertThat(cells.getFirst().getText()).isEqualTo("自治会加入世帯数");
        assertThat(cells.getFirst().findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(cells.get(1).getText()).startsWith("加入世帯数により");
    }

    @Test
    void anIndicatorNameKeepsEightCharactersAndTheAchievementRateIsInView() {
        open("上川中部定住自立圏");
        WebElement hit = driver.findElements(By.cssSelector("article.hit")).stream()
                .filter(h -> !h.findElements(By.cssSelector(".hit-indicators details.ind-actuals")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no hit shows indicators with actuals"));
        WebElement table = hit.findElement(By.cssSelector(".hit-indicators table"));

        WebElement name = table.findElement(By.cssSelector("td.ind-name"));
        double fontSize = Double.parseDouble(((String) driver.executeScript(
                "return getComputedStyle(arguments[0]).fontSize", name)).replace("px", ""));
        double nameWidth = ((Number) driver.executeScript(
                "return arguments[0].firstElementChild.getBoundingClientRect().width", name)).doubleValue();
        System.out.printf("indicator name column: %.0f px at %.0f px a character (%.1f characters)%n",
                nameWidth, fontSize, nameWidth / fontSize);
        assertThat(nameWidth).isGreaterThanOrEqualTo(NAME_CHARACTERS * fontSize);

        WebElement box = hit.findElement(By.cssSelector(".hit-indicators"));
        WebElement rate = table.findElements(By.cssSelector("tbody tr")).getFirst()
                .findElements(By.tagName("td")).get(5);
        assertThat(rate.getText()).isEqualTo("93.4%");
        assertThat(right(rate)).as("達成率 not cut off").isLessThanOrEqualTo(right(box));

        WebElement actuals = table.findElement(By.cssSelector("details.ind-actuals"));
        assertThat(actuals.getText()).contains("155（2017年度）").contains("ほか1年度").doesNotContain("152（2016年度）");
        actuals.findElement(By.tagName("summary")).click();
        assertThat(actuals.getText()).contains("152（2016年度）");
    }

    @Test
    void eachHitShowsOnlyItsOwnTownsIndicators() {
        open("都市間連携");
        List<WebElement> withIndicators = driver.findElements(By.cssSelector("article.hit")).stream()
                .filter(hit -> !hit.findElements(By.cssSelector(".hit-indicators")).isEmpty()).toList();

        assertThat(withIndicators).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("article.hit .hit-town"))).extracting(WebElement::getText)
                .contains("入間市", "旭川市");
        for (WebElement hit : withIndicators) {
            String own = documentOf(hit.findElement(By.cssSelector("a.hit-source")).getAttribute("href"));
            assertThat(hit.findElements(By.cssSelector(".hit-indicators a.ind-source")))
                    .isNotEmpty().extracting(a -> documentOf(a.getAttribute("href"))).containsOnly(own);
        }
    }

    @Test
    void theHitsTitleOpensItInItsSectionWithTheNeighbours() {
        WebElement hit = hitShowing("自治会加入", "自治会加入世帯数");
        WebElement title = hit.findElement(By.cssSelector("a.hit-title"));
        assertThat(title.getText()).startsWith("第6次入間市総合計画").contains("›");

        title.click();

        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.urlContains("/passage?id="));
        WebElement here = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".context-hit")));
        assertThat(here.getText()).contains("自治会加入世帯数").contains("検索で見つかった箇所");
        assertThat(here.findElements(By.cssSelector("table.passage-table"))).isNotEmpty();
        List<WebElement> passages = driver.findElements(By.cssSelector(".context-passage"));
        assertThat(passages.size()).isGreaterThan(1);
        assertThat(passages).anySatisfy(p -> assertThat(p.getText()).contains("○施策の現状"));
        assertThat(driver.findElement(By.cssSelector(".context-path")).getText()).contains("第1項 地域コミュニティ");
        assertThat(driver.findElement(By.cssSelector(".passage-view h1")).getText()).startsWith("第1項");
        assertThat(driver.findElement(By.cssSelector(".passage-view a.hit-source")).getAttribute("href"))
                .contains("/source/").endsWith("#page=10");
        wait.until(d -> inView(here));
    }

    private void open(String query) {
        driver.get("http://localhost:" + port + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(driver, WAIT).until(
                ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
    }

    private WebElement hitShowing(String query, String text) {
        open(query);
        return driver.findElements(By.cssSelector("article.hit")).stream()
                .filter(hit -> hit.findElement(By.cssSelector(".hit-snippet")).getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no hit of " + query + " shows " + text));
    }

    private double right(WebElement element) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().right", element))
                .doubleValue();
    }

    private boolean inView(WebElement element) {
        return (Boolean) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.top < window.innerHeight;", element);
    }

    /** The document id of a /source/{id} link. */
    private static String documentOf(String href) {
        String path = href.substring(href.indexOf("/source/") + "/source/".length());
        return path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
    }
}
