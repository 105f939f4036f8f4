package org.sakuin.ui;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sakuin.index.PlanIndex;
import org.sakuin.web.CorpusIngest;
import org.sakuin.web.TestIndexFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * What every browser test of the bundled corpus starts from: the server with the corpus ingested, a fresh
 * headless Chromium per test, and at its end the evidence kept and the Content-Security-Policy checked
 * ({@link HeadlessBrowser#closeAfter}). One configuration for all of them, so that Spring starts one server (and
 * ingests the corpus once) for every class.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sakuin.corpus=" + CorpusIngest.CORPUS,
                // Selenium warns that it has no CDP bindings for this Chromium; the test uses WebDriver only.
                "logging.level.org.openqa.selenium.chromium=error",
                "logging.level.org.openqa.selenium.devtools=error"})
@ContextConfiguration(initializers = TestIndexFolder.class)
abstract class CorpusPageTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    PlanIndex index;

    HeadlessBrowser browser;
    ChromeDriver driver;
    /** Waits up to {@link #WAIT}; an element Vaadin drew anew meanwhile is looked up again. */
    WebDriverWait wait;

    @BeforeAll
    static void browserInstalled() {
        HeadlessBrowser.assertInstalled();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        CorpusIngest.await(index);
        browser = HeadlessBrowser.open();
        driver = browser.driver();
        wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws IOException {
        if (browser != null) {
            browser.closeAfter(test);
        }
    }
}
