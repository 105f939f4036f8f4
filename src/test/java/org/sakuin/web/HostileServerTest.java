package org.sakuin.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A real server on 127.0.0.1 serving the {@link HostileCorpus}, in the slow phase. Every class carrying this
 * annotation shares the one cached server: only one may hold the corpus's index.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1",
                // Selenium warns that it has no CDP bindings for this Chromium; the browser test uses WebDriver only.
                "logging.level.org.openqa.selenium.chromium=error", "logging.level.org.openqa.selenium.devtools=error"})
@ContextConfiguration(initializers = HostileCorpus.Server.class)
public @interface HostileServerTest {
}
