package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The search page on a phone (390×844) and with the keyboard alone, in headless Chromium: the facets folded
 * behind 絞り込み with the first hit on the first screen, the indicator grid's rows on the first screen, the skip
 * link, the hits before the facets for Tab, j/k between hits, and ↓ Enter on a suggestion not yet arrived.
 */
class PhoneKeyboardBrowserIT extends CorpusPageTest {

    private static final By HITS = By.cssSelector("article.hit");

    @Test
    void onAPhoneTheFacetsFoldBehindAButtonAndTheFirstHitIsOnTheFirstScreen() {
        phone();
        open("/?q=" + URLEncoder.encode("都市間連携", StandardCharsets.UTF_8));
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(HITS));

        WebElement toggle = driver.findElement(By.cssSelector("vaadin-button.facet-toggle"));
        WebElement facets = driver.findElement(By.id(toggle.getDomAttribute("aria-controls")));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getText()).isEqualTo("絞り込み");
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(facets.isDisplayed()).as("the facets folded").isFalse();
        long header = bottomOf(first.findElement(By.cssSelector(".hit-header")));
        assertThat(header).as("the first hit's header within the first 844 px").isLessThanOrEqualTo(844);

        toggle.click();
        wait.until(ExpectedConditions.attributeToBe(toggle, "aria-expanded", "true"));
        wait.until(ExpectedConditions.visibilityOf(facets));
        assertThat(facets.findElements(By.cssSelector("vaadin-checkbox.facet-option"))).isNotEmpty();
    }

    @Test
    void onAPhoneTheIndicatorGridShowsAtLeastFiveRowsOnTheFirstScreen() {
        phone();
        open("/indicators");
        WebElement grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid.indicator-grid")));
        wait.until(d -> !grid.findElements(By.cssSelector("vaadin-grid-cell-content")).isEmpty());

        // rows wholly inside both the grid and the window
        Long rows = (Long) driver.executeScript("""
                const grid = arguments[0].getBoundingClientRect();
                return [...arguments[0].shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(tr => !tr.hidden).map(tr => tr.getBoundingClientRect())
                    .filter(r => r.height > 0 && r.top >= grid.top && r.bottom <= Math.min(grid.bottom, window.innerHeight))
                    .length;""", grid);
        assertThat(rows).as("grid rows on the first screen").isGreaterThanOrEqualTo(5);
    }

    @Test
    void theSkipLinkComesFirstAndLeadsToTheResultsWhoseHitsTabReachesBeforeTheFacets() {
        open("/?q=" + URLEncoder.encode("都市間連携", StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HITS, 1));

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("検索結果へ移動");
        assertThat(bottomOf(skip)).as("the focused skip link is on the screen").isBetween(1L, 1000L);

        skip.sendKeys(Keys.ENTER);
        wait.until(d -> "results".equals(d.switchTo().activeElement().getDomAttribute("id")));
        for (int tab = 0; tab < 20 && !focusedIs("article.hit"); tab++) {
            assertThat(focusedIs(".facet-sidebar *")).as("a facet reached before the hits").isFalse();
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusedHit()).as("Tab from the results reaches the first hit").isZero();
    }

    @Test
    void jAndKAndTheArrowsMoveBetweenHits() {
        open("/?q=" + URLEncoder.encode("都市間連携", StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HITS, 2));

        new Actions(driver).sendKeys("j").perform();
        assertThat(focusedHit()).as("j from nowhere goes to the first hit").isZero();
        new Actions(driver).sendKeys("j").sendKeys("j").perform();
        assertThat(focusedHit()).isEqualTo(2);
        new Actions(driver).sendKeys("k").perform();
        assertThat(focusedHit()).isEqualTo(1);
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(focusedHit()).isEqualTo(2);
        new Actions(driver).sendKeys(Keys.ARROW_UP).sendKeys(Keys.ARROW_UP).perform();
        assertThat(focusedHit()).isZero();

        WebElement input = driver.findElement(By.cssSelector("vaadin-combo-box.query input"));
        input.click();
        input.sendKeys("j");
        assertThat(focusedHit()).as("j typed in the search box is text").isEqualTo(-1);
        assertThat(input.getDomProperty("value")).endsWith("j");
    }

    @Test
    void downAndEnterRightAfterTypingKanaPickTheSuggestionOnceItArrives() {
        open("/");
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box.query input")));

        // sooner than the box asks for suggestions (half a second after the last key)
        input.sendKeys("じちかい", Keys.ARROW_DOWN, Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("?q="));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(HITS, 0));
        String url = driver.getCurrentUrl();
        String searched = URLDecoder.decode(url.substring(url.indexOf("?q=") + 3).split("&")[0], StandardCharsets.UTF_8);
        assertThat(searched).as("the suggestion, not the kana typed").isNotEqualTo("じちかい").contains("自治会");
        assertThat(driver.findElement(By.cssSelector(".summary")).getText()).contains("「" + searched + "」");
    }

    private void phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private long bottomOf(WebElement element) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().bottom", element)).longValue();
    }

    private boolean focusedIs(String selector) {
        return (Boolean) driver.executeScript("return document.activeElement.matches(arguments[0])", selector);
    }

    /** The place of the focused hit among the hits, -1 when the focus is on none. */
    private int focusedHit() {
        List<WebElement> hits = driver.findElements(HITS);
        return hits.indexOf(driver.switchTo().activeElement());
    }
}
