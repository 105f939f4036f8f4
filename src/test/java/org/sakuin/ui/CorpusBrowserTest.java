package org.sakuin.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.sakuin.web.CorpusIngest;
import org.sakuin.web.TestIndexFolder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A browser test ({@link HeadlessBrowser}) against the real server on a random port, serving the bundled corpus.
 * One annotation for all of them, so that Spring starts one server (and ingests the corpus once) for every class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sakuin.corpus=" + CorpusIngest.CORPUS,
                // Selenium warns that it has no CDP bindings for this Chromium; the test uses WebDriver only.
                "logging.level.org.openqa.selenium.chromium=error",
                "logging.level.org.openqa.selenium.devtools=error"})
@ContextConfiguration(initializers = TestIndexFolder.class)
@interface CorpusBrowserTest {
}
