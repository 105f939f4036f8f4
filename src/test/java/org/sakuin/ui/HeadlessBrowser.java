package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium under Selenium, with a profile of its own (paths overridable with the
 * {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} environment variables); fails, never skips, without them.
 */
public final class HeadlessBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessBrowser() throws IOException {
        profile = Files.createTempDirectory("sakuin-chromium-");
        ChromeOptions options = new ChromeOptions();
        // An explicit browser and driver keep Selenium Manager from looking for (or downloading) either.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ja");
        // the console, to see what the page's Content-Security-Policy refused
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Fails the test class when Chromium or its driver is missing. */
    public static void assertInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("headless Chromium is needed for this test: no executable " + CHROMIUM + " and/or " + CHROMEDRIVER
                    + " (on Debian: apt-get install chromium chromium-driver, or set CHROMIUM_BIN and CHROMEDRIVER_BIN)");
        }
    }

    public static HeadlessBrowser open() throws IOException {
        return new HeadlessBrowser();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Signs in on the Japanese login page and waits until the page it leads to shows who is signed in. */
    public void signIn(String baseUrl, String user, String password) {
        driver.get(baseUrl + "/login");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(user);
        WebElement secret = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='password']")));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
    }

    /** What the page wrote to the console since the last call. */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** A screenshot and the DOM of the last page, under target/e2e, to see what the browser saw. */
    public void keepEvidence(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "e2e"));
        try {
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // evidence is best effort; the test's own outcome stands
        }
    }

    /** Ends a test's browser: its evidence kept, and nothing on its pages refused by the Content-Security-Policy. */
    public void closeAfter(TestInfo test) throws IOException {
        try (HeadlessBrowser closing = this) {
            closing.keepEvidence(test.getTestMethod().map(Method::getName).orElse("page"));
            List<String> refused = closing.console().stream()
                    .filter(line -> line.contains("Content Security Policy")).toList();
            if (!refused.isEmpty()) {
                fail("refused by the page's Content-Security-Policy: " + refused);
            }
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
