package org.sakuin.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as the server runs it, with the bundled {@code corpus/} ingested into a temporary index
 * ({@link TestIndexFolder}). Every test class carrying exactly this annotation (and nothing else that changes
 * the context) shares one cached Spring context, so the corpus is ingested once per test JVM. The server
 * ingests in the background; {@link AwaitCorpus} waits for it before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "sakuin.corpus=" + CorpusIngest.CORPUS)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestIndexFolder.class)
@ExtendWith(AwaitCorpus.class)
public @interface IndexedCorpusTest {
}
