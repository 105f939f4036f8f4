package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PlanDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The sources of the {@link HostileCorpus} in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, as for the search page's browser test): an HTML plan is shown but its script does not
 * run, and a PDF still opens in the browser's viewer at its page.
 */
@HostileServerTest
class SourceSandboxBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    PlanIndex index;

    private Path profile;
    private ChromeDriverService service;
    private ChromeDriver driver;

    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("sakuin-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1000,800", "--lang=ja");
        service = new ChromeDriverService.Builder().usingAnyFreePort().usingDriverExecutable(
                Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        FileSystemUtils.deleteRecursively(profile.toFile());
    }

    @Test
    void anHtmlPlanIsShownButItsScriptDoesNotRun() throws InterruptedException {
        driver.get("http://127.0.0.1:" + port + "/source/" + document(HostileCorpus.HTML_PLAN).id());

        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "まちづくり計画"));
        Thread.sleep(1_000); // time the script and the image's onerror would have had to run
        // an alert would be open, and reading the title would fail with UnhandledAlertException
        assertThat(driver.getTitle()).isEqualTo("まちづくり計画").isNotEqualTo(HostileCorpus.SCRIPT_TITLE);
    }

    @Test
    void aPdfStillOpensInTheViewerAtItsPage() throws InterruptedException {
        driver.get("http://127.0.0.1:" + port + "/source/" + document("iruma_zenki_kihonkeikaku_dai1sho.pdf").id()
                + "#page=10");

        // the viewer draws a dark frame around white pages; a viewer blocked by the CSP leaves one plain colour
        new WebDriverWait(driver, WAIT).until(driver -> {
            BufferedImage shot = screenshot();
            return share(shot, true) > 0.05 && share(shot, false) > 0.05;
        });
        assertThat(driver.executeScript("return document.contentType")).isEqualTo("application/pdf");
    }

    private BufferedImage screenshot() {
        try {
            return ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The share of the pixels that are near white (a page) or dark (the viewer's frame). */
    private static double share(BufferedImage image, boolean white) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                int brightness = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (white ? brightness > 240 : brightness < 80) {
                    count++;
                }
            }
        }
        return count / (double) ((image.getHeight() / 4 + 1) * (image.getWidth() / 4 + 1));
    }

    /** The document of that name, once the server has ingested it. */
    private PlanDocument document(String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            var found = index.files().stream().map(IndexedFile::document).filter(d -> d.file().equals(name)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " was not ingested in time");
    }
}
