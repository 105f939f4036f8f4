package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sakuin.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The results page in headless Chromium: the order by year and the page numbers in the address, the range of years,
 * the downloads of every hit, a year in the address that is none, and the examples of 検索のヒント.
 */
class ResultsPageBrowserIT extends CorpusPageTest {

    private static final Pattern TOTAL = Pattern.compile("([0-9]+) 件");

    @Autowired
    SearchService search;

    @Test
    void sortingByYearPutsTheNewestPlansFirstAndIsInTheAddress() {
        open("計画");
        String firstByRelevance = hitDocuments().getFirst();

        driver.findElement(By.cssSelector(".results-bar a.sort-year")).click();

        wait.until(ExpectedConditions.urlContains("sort=year"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".sort-current"), "年度の新しい順"));
        Map<String, Integer> firstYears = search.files().stream()
                .filter(f -> f.document().metadata().period() != null)
                .collect(Collectors.toMap(f -> f.document().id(), f -> f.document().metadata().period().from().year()));
        List<Integer> years = hitDocuments().stream()
                .map(document -> firstYears.getOrDefault(document, Integer.MIN_VALUE)).toList();
        assertThat(years).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(hitDocuments().getFirst()).isNotEqualTo(firstByRelevance);
    }

    @Test
    void thePageNumbersLeadToTheNextHitsAndSayWhichPageIsShown() {
        open("計画");
        List<String> firstPage = hitTexts();

        driver.findElement(By.cssSelector("nav.pager a.pager-next")).click();

        wait.until(ExpectedConditions.urlContains("page=2"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("nav.pager [aria-current=page]"), "2"));
        assertThat(driver.findElement(By.cssSelector(".summary")).getText()).contains("21 件目から");
        assertThat(hitTexts()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
        assertThat(driver.findElement(By.cssSelector("nav.pager a.pager-prev")).getText()).isEqualTo("前へ");
    }

    @Test
    void aRangeOfYearsNarrowsTheHitsAndIsInTheAddress() {
        open("計画");
        int all = total();

        WebElement range = driver.findElement(By.cssSelector(".fy-range"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", range);
        range.findElement(By.cssSelector(".fy-from input")).sendKeys("2024");
        range.findElement(By.cssSelector(".fy-to input")).sendKeys("2024");
        range.findElement(By.cssSelector(".fy-range-apply")).click();

        wait.until(ExpectedConditions.urlContains("fyFrom=2024"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "絞り込み中"));
        assertThat(driver.getCurrentUrl()).contains("fyTo=2024");
        assertThat(total()).isPositive().isLessThan(all);
    }

    @Test
    void theDownloadsHoldEveryHitOfTheSearch() throws Exception {
        open("自治会加入");
        int total = total();

        String csvHref = driver.findElement(By.cssSelector("a.export-csv")).getAttribute("href");
        HttpResponse<byte[]> csv = fetch(csvHref);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(total);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("抜粋")).contains("自治会加入世帯数").doesNotContain("<mark>");
            assertThat(row.get("自治体")).isEqualTo("入間市");
            assertThat(row.get("ページ")).isEqualTo("10");
            assertThat(row.get("リンク")).startsWith("http://localhost:" + port + "/source/").endsWith("#page=10");
        });

        HttpResponse<byte[]> xlsx = fetch(driver.findElement(By.cssSelector("a.export-xlsx")).getAttribute("href"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(1).getCell(4).getCellType()).isIn(CellType.NUMERIC, CellType.BLANK);
        }
    }

    @Test
    void aYearThatIsNoYearAndAnAreaThatIsNoneAreReportedAndNotShownTicked() {
        driver.get("http://localhost:" + port + "/?q=" + encode("計画") + "&fy=abc&area=" + encode("存在しない分野"));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));

        assertThat(driver.findElement(By.cssSelector(".ignored")).getText()).contains("年度「abc」")
                .contains("政策分野「存在しない分野」").contains("無視");
        assertThat(driver.findElement(By.cssSelector(".summary")).getText()).doesNotContain("絞り込み中");
        assertThat(driver.findElements(By.cssSelector(".facet-option")).stream().map(WebElement::getText))
                .noneMatch(label -> label.contains("abc") || label.contains("存在しない分野"));
    }

    @Test
    void everyExampleOfTheHelpPageOpensHits() {
        driver.get("http://localhost:" + port + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".examples a.help-link"))).click();
        wait.until(ExpectedConditions.urlContains("/help"));
        List<String> examples = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("a.help-example"), 5)).stream().map(a -> a.getAttribute("href")).toList();

        for (String example : examples) {
            driver.get(example);
            wait.until(ExpectedConditions.or(
                    ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0),
                    ExpectedConditions.textMatches(By.cssSelector(".indicator-view"), Pattern.compile("[1-9][0-9]* 件の指標"))));
        }
    }

    private void open(String query) {
        driver.get("http://localhost:" + port + "/");
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-combo-box.query input")));
        input.sendKeys(query);
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("?q="));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
    }

    private int total() {
        Matcher m = TOTAL.matcher(driver.findElement(By.cssSelector(".summary")).getText());
        assertThat(m.find()).as("the summary gives a total").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Each hit's document, from its link to the source file ({@code /source/{documentId}#page=N}). */
    private List<String> hitDocuments() {
        return driver.findElements(By.cssSelector("article.hit")).stream()
                .map(hit -> hit.findElement(By.cssSelector("a[href*='/source/']")).getAttribute("href")
                        .replaceAll("^.*/source/([^#/?]+).*$", "$1"))
                .toList();
    }

    private List<String> hitTexts() {
        return driver.findElements(By.cssSelector("article.hit")).stream().map(WebElement::getText).toList();
    }

    private static HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
