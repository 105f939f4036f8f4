package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a reader waits, measured in the page itself (performance.now(), from the navigation's start): until the
 * search box takes typing, and from Enter until the first hit is drawn. The figures are printed (the issue's
 * targets: 1.5 s and 0.5 s); the bounds asserted are loose, as two shared cores make any timing noisy. And the
 * server's own first opening of the page ({@link PageWarmUp}) still reaches its hits.
 */
class PageSpeedBrowserIT extends CorpusPageTest {

    private static final List<String> QUERIES = List.of("都市間連携", "自治会加入", "定住自立圏", "脱炭素", "姉妹都市");
    /** Far above the targets: a failure means something broke, not that the machine was busy. */
    private static final double USABLE_BOUND_MS = 10_000;
    private static final double RESULTS_BOUND_MS = 5_000;

    /** Resolves with the time the search box first takes typing. */
    private static final String USABLE = """
            const done = arguments[arguments.length - 1];
            (function poll() {
                const input = document.querySelector('vaadin-combo-box.query input');
                if (input && !input.disabled && input.offsetParent !== null) { done(performance.now()); }
                else { requestAnimationFrame(poll); }
            })();""";
    /** Notes when Enter goes down in the box and when, after it, the first hit is drawn (the frame after it came). */
    private static final String WATCH = """
            window.sakuinEnter = null;
            window.sakuinHit = null;
            arguments[0].addEventListener('keydown', e => {
                if (e.key === 'Enter') { window.sakuinEnter = performance.now(); }
            }, {capture: true, once: true});
            new MutationObserver((changes, observer) => {
                if (window.sakuinEnter !== null && document.querySelector('article.hit')) {
                    observer.disconnect();
                    requestAnimationFrame(() => { window.sakuinHit = performance.now(); });
                }
            }).observe(document.body, {childList: true, subtree: true});""";

    @Autowired
    PageWarmUp warmUp;

    @BeforeEach
    void letScriptsWaitForThePage() {
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    @Test
    void theFirstPageIsSoonUsableAndResultsComeSoonAfterEnter() {
        searchTimed("計画");  // warm-up: the server's and the browser's first time through
        List<Double> usable = new ArrayList<>();
        List<Double> results = new ArrayList<>();
        for (String query : QUERIES) {
            double[] times = searchTimed(query);
            usable.add(times[0]);
            results.add(times[1]);
        }
        System.out.printf("first page usable: %.0f ms (median of %d; %s)%n", median(usable), usable.size(), rounded(usable));
        System.out.printf("results after Enter: %.0f ms (median of %d; %s)%n", median(results), results.size(), rounded(results));
        assertThat(median(usable)).isLessThan(USABLE_BOUND_MS);
        assertThat(median(results)).isLessThan(RESULTS_BOUND_MS);
    }

    @Test
    void theServersWarmUpOpensTheSearchPageWithHits() {
        assertThat(warmUp.warmUp(port)).as("the warm-up's search page came with hits").isTrue();
    }

    /** The search page opened afresh and the query typed and entered: when usable, and Enter to the first hit. */
    private double[] searchTimed(String query) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get("http://localhost:" + port + "/");
        double usable = ((Number) driver.executeAsyncScript(USABLE)).doubleValue();
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box.query input")));
        input.sendKeys(query);
        driver.executeScript(WATCH, input);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> driver.executeScript("return window.sakuinHit") != null);
        double results = ((Number) driver.executeScript("return window.sakuinHit - window.sakuinEnter")).doubleValue();
        return new double[] {usable, results};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String rounded(List<Double> values) {
        return String.join(", ", values.stream().map(v -> Math.round(v) + "").toList());
    }
}
