package org.sakuin.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as the server runs it, with the bundled {@code corpus/} ingested into a temporary index
 * ({@link TestIndexFolder}). Every test class carrying exactly this annotation (and nothing else that changes
 * the context) shares one cached Spring context, so the corpus is ingested once per test JVM. Call
 * {@link CorpusIngest#await} before searching: the server ingests in the background.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "sakuin.corpus=" + CorpusIngest.CORPUS)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestIndexFolder.class)
public @interface IndexedCorpusTest {
}
