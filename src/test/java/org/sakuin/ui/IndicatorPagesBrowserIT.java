package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sakuin.search.IndicatorComparison;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;
import org.sakuin.web.CorpusIndicators;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indicator pages in headless Chromium ({@link HeadlessBrowser}): the explorer's sort in its address and
 * its downloads, the chart's axis, the comparison's units, and 施策比較's measures and fixed town names.
 */
class IndicatorPagesBrowserIT extends CorpusPageTest {

    /** The rows of the grid as it draws them, in row order: the text of each cell. */
    private static final String GRID_ROWS = """
            const grid = document.querySelector('vaadin-grid.indicator-grid');
            return [...grid.shadowRoot.querySelectorAll('#items tr')]
                .filter(row => !row.hidden && row.index !== undefined)
                .sort((a, b) => a.index - b.index)
                .map(row => [...row.querySelectorAll('td')].map(td => {
                    const node = td.querySelector('slot') && td.querySelector('slot').assignedNodes()[0];
                    return node ? node.textContent.trim() : '';
                }));
            """;

    @Autowired
    SearchService search;

    @Test
    void theSortedColumnSurvivesAReloadAndTheExportHoldsTheRowsInThatOrder() throws Exception {
        driver.get(base() + "/indicators");
        WebElement baseline = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid.indicator-grid vaadin-grid-sorter"))
                .stream().filter(s -> s.getText().contains("基準値")).findFirst().orElse(null));
        baseline.click();
        wait.until(ExpectedConditions.urlContains("sort=baseline"));
        baseline.click();
        wait.until(ExpectedConditions.urlContains("sort=-baseline"));

        driver.navigate().refresh();
        WebElement sorter = wait.until(driver -> driver.findElements(By.cssSelector("vaadin-grid.indicator-grid vaadin-grid-sorter"))
                .stream().filter(s -> s.getText().contains("基準値") && "desc".equals(s.getDomAttribute("direction")))
                .findFirst().orElse(null));
        assertThat(sorter).as("基準値 still sorted descending after the reload").isNotNull();
        List<List<String>> shown = wait.until(driver -> {
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) this.driver.executeScript(GRID_ROWS);
            return rows != null && rows.size() >= 5 && !rows.getFirst().get(1).isEmpty() ? rows : null;
        });

        String href = driver.findElements(By.cssSelector("a.download")).stream()
                .filter(a -> a.getText().contains("CSV")).findFirst().orElseThrow().getDomProperty("href");
        assertThat(href).contains("sort=-baseline");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body().replaceFirst("^\uFEFF", ""))).getRecords();
        assertThat(records).hasSize(search.indicators(IndicatorRequest.of("", 1)).total());
        for (int i = 0; i < 5; i++) {
            assertThat(records.get(i).get("指標名")).as("row " + i).isEqualTo(shown.get(i).get(1));
        }
        List<BigDecimal> baselines = records.stream().map(r -> r.get("基準値")).filter(v -> v.matches("-?[0-9.]+"))
                .map(BigDecimal::new).toList();
        assertThat(baselines).isSortedAccordingTo((a, b) -> b.compareTo(a));
        System.out.println("export of the sorted grid: " + records.size() + " rows, first " + records.getFirst().get("指標名")
                + " (" + records.getFirst().get("基準値") + ")");
    }

    @Test
    void theChartOfACountStartsAtZeroAndShowsItsUnit() {
        IndicatorEntry count = CorpusIndicators.named(search, "上川中部定住自立圏形成協定に基づく取組数");
        driver.get(base() + "/indicators?id=" + count.id());

        List<String> labels = wait.until(driver -> {
            List<String> texts = chartTexts();
            return texts.isEmpty() ? null : texts;
        });
        assertThat(labels).as("the value axis' ticks").contains("0", "単位: " + count.unit());
        System.out.println("chart labels: " + labels);

        driver.findElement(By.cssSelector("vaadin-checkbox.chart-zoom")).click();
        wait.until(driver -> !chartTexts().isEmpty() && !chartTexts().contains("0"));
    }

    /** The texts of the drawn chart, read at once: the chart is replaced when zoomed. */
    @SuppressWarnings("unchecked")
    private List<String> chartTexts() {
        return (List<String>) driver.executeScript(
                "return [...document.querySelectorAll('.indicator-chart svg text')].map(t => t.textContent.trim())");
    }

    @Test
    void theComparisonLeavesOutIndicatorsInOtherUnitsAndSaysWhy() {
        IndicatorComparison comparison = search.indicators(IndicatorRequest.of("", IndicatorRequest.MAX_LIMIT))
                .indicators().stream().map(e -> search.compareIndicator(e.id(), 10).orElseThrow())
                .filter(c -> !c.leftOut().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator of the corpus has a similar one in another unit"));
        IndicatorEntry chosen = comparison.chosen().indicator();
        IndicatorEntry other = comparison.leftOut().getFirst().indicator();

        driver.get(base() + "/indicators/compare/" + chosen.id());
        WebElement leftOut = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".compare-left-out")));
        assertThat(leftOut.getText()).contains("単位が揃わない", other.name(), other.unit());
        assertThat(driver.findElement(By.cssSelector(".compare-table")).getText()).contains(chosen.name())
                .doesNotContain(other.name());
    }

    @Test
    void theBenchmarkShowsMeasuresNotLabelsAndKeepsTownNamesInViewWhenScrolledSideways() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base() + "/benchmark?area=" + URLEncoder.encode(SearchFacetsTest.AREA, StandardCharsets.UTF_8));
        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("tr.town-row"), 1));

        List<String> measures = driver.findElements(By.cssSelector(".town-measures li")).stream()
                .map(li -> li.getDomProperty("textContent").strip()).toList();
        assertThat(measures).isNotEmpty().noneMatch(m -> m.matches(
                ".*(現況と問題|その対策|現状と課題|施策の方向|成果指標|評価指標|事業等|位置付け|概要|施策体系).*"));
        for (WebElement row : rows) {
            String text = row.getDomProperty("textContent");
            assertThat(text.split(TownRow.NO_INDICATORS, -1).length - 1).as("said at most once").isLessThanOrEqualTo(1);
        }

        Map<?, ?> scrolled = (Map<?, ?>) driver.executeScript("""
                const box = document.querySelector('.benchmark-scroll');
                box.scrollLeft = box.scrollWidth;
                const frame = box.getBoundingClientRect();
                const names = [...box.querySelectorAll('.town-name')].map(n => n.getBoundingClientRect());
                const measures = box.querySelector('.town-measures').getBoundingClientRect();
                return {scrolled: box.scrollLeft,
                        namesInView: names.every(n => n.left >= frame.left - 1 && n.right <= frame.right + 1),
                        measuresPassed: measures.left < names[0].right};
                """);
        assertThat(((Number) scrolled.get("scrolled")).intValue()).as("the rows are wider than a phone").isPositive();
        assertThat(scrolled.get("namesInView")).as("town names stay at the left edge").isEqualTo(true);
        assertThat(scrolled.get("measuresPassed")).as("the other cells scrolled under them").isEqualTo(true);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
