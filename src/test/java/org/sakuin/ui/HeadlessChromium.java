package org.sakuin.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, for the browser tests (paths overridable with the
 * {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} environment variables); a test fails, never skips, without them.
 * Closing it keeps a screenshot and the DOM of the last page under {@code target/e2e}, to see what the browser saw.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final String evidence;

    /** @param evidence the name of the screenshot and DOM kept when it closes */
    HeadlessChromium(String evidence) throws IOException {
        this.evidence = evidence;
        profile = Files.createTempDirectory("sakuin-chromium-");
        ChromeOptions options = new ChromeOptions();
        // An explicit browser and driver keep Selenium Manager from looking for (or downloading) either.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=ja");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    static void requireInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("headless Chromium is needed for this test: no executable " + CHROMIUM + " and/or " + CHROMEDRIVER
                    + " (on Debian: apt-get install chromium chromium-driver, or set CHROMIUM_BIN and CHROMEDRIVER_BIN)");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        keepEvidence();
        driver.quit();
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private void keepEvidence() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "e2e"));
        try {
            Files.write(folder.resolve(evidence + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(folder.resolve(evidence + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // evidence is best effort; the test's own outcome stands
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
