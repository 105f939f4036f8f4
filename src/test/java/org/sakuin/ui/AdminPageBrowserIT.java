package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sakuin.index.PlanIndex;
import org.sakuin.security.TestAdministrator;
import org.sakuin.web.TestIndexFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 管理 in headless Chromium: an administrator drops a plan on the upload, sees what was read of it, ingests it and
 * follows the job to its outcome, then deletes the plan; a visitor who has not signed in is sent to the login page.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.openqa.selenium.chromium=error",
                "logging.level.org.openqa.selenium.devtools=error"})
class AdminPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path FOLDER = TestIndexFolder.folder().resolve("admin-browser");

    @LocalServerPort
    int port;

    @Autowired
    PlanIndex index;

    private HeadlessBrowser browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("sakuin.index", () -> FOLDER.resolve("index").toString());
        registry.add("sakuin.corpus", () -> FOLDER.resolve("no-corpus").toString());
        registry.add("sakuin.uploads", () -> FOLDER.resolve("uploads").toString());
        registry.add("sakuin.security.users", () -> {
            try {
                return TestAdministrator.usersFile(FOLDER).toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @BeforeAll
    static void browserInstalled() {
        HeadlessBrowser.assertInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessBrowser.open();
        driver = browser.driver();
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            try (HeadlessBrowser closing = browser) {
                closing.keepEvidence("admin-page");
            }
        }
    }

    @Test
    void theAdministrationPageAsksAVisitorToSignIn() {
        driver.get("http://localhost:" + port + "/admin");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElements(By.cssSelector("vaadin-upload"))).isEmpty();
    }

    @Test
    void aDroppedPlanIsReadIngestedFollowedAndDeleted() throws IOException {
        Path plan = Files.copy(Path.of("corpus", "hokuto_jisshikeikaku_r6.md"),
                Files.createDirectories(FOLDER.resolve("to-upload")).resolve("hokuto_browser.md"));
        browser.signIn("http://localhost:" + port, TestAdministrator.NAME, TestAdministrator.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".site-user")));
        driver.get("http://localhost:" + port + "/admin");
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload")));

        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(plan.toAbsolutePath().toString());

        wait.until(driver -> cellWith(".admin-upload", "hokuto_browser.md"));
        wait.until(driver -> "北斗市".equals(field("市町村").getDomProperty("value")));
        button("取り込み").click();

        wait.until(driver -> cellWith(".admin-jobs", "完了"));
        assertThat(driver.findElements(By.cssSelector(".admin-jobs vaadin-progress-bar"))).isNotEmpty();
        assertThat(cellWith(".admin-jobs", "取り込み済み（")).as("the file's report").isTrue();
        assertThat(index.files()).hasSize(1);

        wait.until(driver -> cellWith(".admin-plans", "hokuto_browser.md"));
        driver.findElement(By.cssSelector(".admin-plans vaadin-button[theme~='error']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[slot='confirm-button']"))).click();

        wait.until(driver -> index.files().isEmpty());
        wait.until(driver -> !cellWith(".admin-plans", "hokuto_browser.md"));
        assertThat(cellWith(".admin-audit", "削除:")).isTrue();
    }

    /** Whether a grid of the panel shows a cell containing the text. */
    private boolean cellWith(String panel, String text) {
        return driver.findElements(By.cssSelector(panel + " vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains(text));
    }

    private WebElement field(String label) {
        return driver.findElement(By.xpath("//vaadin-text-field[label[normalize-space()='" + label + "']]"));
    }

    private WebElement button(String text) {
        return driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.getText().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}
