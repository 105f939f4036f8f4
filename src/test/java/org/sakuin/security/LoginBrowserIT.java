package org.sakuin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sakuin.ui.HeadlessBrowser;
import org.sakuin.web.TestIndexFolder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person signs in on the Japanese login page, sees their name and the administration link, and signs out; a
 * wrong password is said so in Japanese; the pages work under the Content-Security-Policy.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.openqa.selenium.chromium=error",
                "logging.level.org.openqa.selenium.devtools=error"})
class LoginBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "正しい馬の電池";

    @LocalServerPort
    int port;

    private HeadlessBrowser browser;
    private ChromeDriver driver;

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createDirectories(TestIndexFolder.folder().resolve("login-browser"));
            Path users = folder.resolve("users.tsv");
            UserAccounts.add(users, "kanri", PASSWORD.toCharArray(), Set.of("ADMIN"));
            registry.add("sakuin.security.users", users::toString);
            registry.add("sakuin.corpus", () -> folder.resolve("no-corpus").toString());
            // an index of its own: the search page test's server, still cached, holds the shared one
            registry.add("sakuin.index", () -> folder.resolve("index").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void browserInstalled() {
        HeadlessBrowser.assertInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessBrowser.open();
        driver = browser.driver();
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        try (HeadlessBrowser closing = browser) {
            closing.keepEvidence("login-" + test.getTestMethod().map(Method::getName).orElse("page"));
            assertThat(closing.console()).as("nothing refused by the page's Content-Security-Policy")
                    .noneMatch(line -> line.contains("Content Security Policy"));
        }
    }

    @Test
    void anAdminSignsInOnTheJapanesePageSeesTheirNameAndSignsOut() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".site-login"))).click();

        wait.until(ExpectedConditions.urlContains("/login"));
        browser.signIn("http://localhost:" + port, "kanri", PASSWORD);

        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".site-user")));
        assertThat(name.getText()).isEqualTo("kanri");
        assertThat(driver.findElement(By.cssSelector(".site-nav a[href='admin']")).getText()).isEqualTo("管理");
        assertThat(driver.findElements(By.cssSelector(".site-login"))).isEmpty();

        driver.findElement(By.cssSelector(".site-logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".site-login")));
        assertThat(driver.findElements(By.cssSelector(".site-user"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".site-nav a[href='admin']"))).isEmpty();
    }

    @Test
    void aWrongPasswordIsSaidSoInJapaneseOnTheLoginPage() {
        driver.get("http://localhost:" + port + "/login");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        assertThat(form.getText()).contains("ログイン").contains("ユーザー名").contains("パスワード");

        browser.signIn("http://localhost:" + port, "kanri", "まちがい");

        wait.until(ExpectedConditions.urlContains("error"));
        WebElement failed = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-login-form[error]")));
        assertThat(failed.getText()).contains(LoginView.WRONG);
    }

    @Test
    void aQueryOnTheSearchPageIsAnsweredUnderThePolicy() {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-combo-box.query input")));

        input.sendKeys("自治会");
        input.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "見つかりませんでした"));
    }
}
