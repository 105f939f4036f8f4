package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages around the hits in headless Chromium ({@link HeadlessBrowser}): a PDF hit's page as a thumbnail, and the
 * error pages and texts of Vaadin and Tomcat in Japanese, with nothing English read out.
 */
class PagesBrowserIT extends CorpusPageTest {

    /** A word of Latin letters: the pages' only one is the name Sakuin. */
    private static final String ENGLISH = "[A-Za-z]{2,}";

    /**
     * The text a screen reader may read: every text node and label, in the page and in the components' shadow
     * roots (the connection indicator's among them).
     */
    private static final String READABLE_TEXT = """
            const parts = [];
            const walk = node => {
              if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
              if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
              if (node.localName === 'script' || node.localName === 'style') return;
              if (node.getAttribute) ['aria-label', 'alt', 'title'].forEach(a => node.getAttribute(a) && parts.push(node.getAttribute(a)));
              if (node.shadowRoot) walk(node.shadowRoot);
              node.childNodes.forEach(walk);
            };
            walk(document.body);
            return parts.join(' ');""";

    @Test
    void aPdfHitShowsItsPageAsAThumbnailOpeningThePdfThereAndOtherHitsShowNone() {
        search("子育て");
        WebElement pdf = hitOf("iruma_zenki_kihonkeikaku_dai1sho.pdf");
        WebElement html = hitOf("sapporo_renkei_vision.html");

        WebElement link = pdf.findElement(By.cssSelector("a.hit-thumbnail"));
        WebElement image = link.findElement(By.tagName("img"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", image);
        wait.until(driver -> (Boolean) ((ChromeDriver) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        String page = pdf.findElement(By.cssSelector(".hit-page")).getText().replace("ページ", "");
        assertThat(link.getAttribute("href")).contains("/source/").endsWith("#page=" + page);
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(image.getAttribute("alt")).isEqualTo("原文 " + page + " ページの縮小画像");
        assertThat(image.getAttribute("loading")).isEqualTo("lazy");
        assertThat(((Number) driver.executeScript("return arguments[0].naturalWidth", image)).intValue())
                .isEqualTo(160);
        assertThat(html.findElements(By.cssSelector(".hit-thumbnail"))).isEmpty();
    }

    @Test
    void anAddressNoPageAnswersIsSaidInJapaneseWhateverItsShape() {
        for (String path : List.of("/foo", "/foo/bar", "/indicators/xyz", "/benchmark/x/y", "/source/", "/source/a/b")) {
            driver.get(base() + path);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ページが見つかりません"));
            assertThat(driver.getCurrentUrl()).as(path + " is not sent to the login page").doesNotContain("login");
            assertJapanese(path);
        }
    }

    @Test
    void aFileOrPageThatIsNotThereIsAJapanese404() throws Exception {
        for (String path : List.of("/source/no-such-document", "/thumbnail/no-such-document/1",
                "/thumbnail/" + pdfDocumentId() + "/999")) {
            assertThat(get(path, "text/html").statusCode()).as(path).isEqualTo(404);
            driver.get(base() + path);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isEqualTo("ページが見つかりません");
            assertJapanese(path);
        }
    }

    @Test
    void aLongQueryIsSaidToBeTooLongAlsoWhenThePageIsReloaded() {
        for (String query : List.of("あ".repeat(2_000), "a".repeat(10_000))) {
            driver.get(base() + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "検索語が長すぎます"));
            driver.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "検索語が長すぎます"));
            assertJapanese(query.length() + " characters");
        }
    }

    @Test
    void anAddressTooLongForTheServerGetsTheJapanese400PageAndTheApiKeepsItsProblemJson() throws Exception {
        String query = URLEncoder.encode("あ".repeat(10_000), StandardCharsets.UTF_8);

        driver.get(base() + "/?q=" + query);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("アドレスを読み取れません");
        assertJapanese("a 90 KB address");

        // Tomcat refuses a request line this long before it knows the path: the API's too gets the 400 page
        assertThat(get("/api/search?q=" + query, "application/json").statusCode()).isEqualTo(400);
        HttpResponse<String> refused = get("/api/..%2fsearch", "application/json");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> tooLong = get("/api/search?q=" + URLEncoder.encode("あ".repeat(2_000),
                StandardCharsets.UTF_8), "application/json");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("at most 1000 characters");
    }

    @Test
    void nothingEnglishIsReadOutOnTheSearchPage() {
        search("自治会加入");

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        wait.until(driver -> readable().contains(JapaneseClientTexts.ONLINE));
        assertThat(readable()).doesNotContain("Online").doesNotContain("Connection lost");
    }

    private void search(String query) {
        driver.get(base() + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("article.hit"), 0));
    }

    private WebElement hitOf(String file) {
        return wait.until(driver -> driver.findElements(By.cssSelector("article.hit")).stream()
                .filter(hit -> hit.getText().contains(file)).findFirst().orElse(null));
    }

    private String pdfDocumentId() {
        search("自治会加入");
        String href = driver.findElement(By.cssSelector("a.hit-source")).getAttribute("href");
        return href.substring(href.indexOf("/source/") + "/source/".length(), href.indexOf('#'));
    }

    /** No Latin words but the site's name in what the page shows or reads out, and none of Tomcat's page. */
    private void assertJapanese(String what) {
        String text = readable();
        assertThat(text).as(what).doesNotContain("HTTP Status").doesNotContain("Online");
        assertThat(text.replace("Sakuin", "")).as(what + ": " + text).doesNotContainPattern(ENGLISH);
    }

    private String readable() {
        return (String) driver.executeScript(READABLE_TEXT);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
