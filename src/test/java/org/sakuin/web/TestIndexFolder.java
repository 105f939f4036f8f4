package org.sakuin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code sakuin.index} at a fresh folder under {@code target/}, one per test JVM. A JUnit
 * {@code @TempDir} would be deleted after its test class while the cached context still writes to it;
 * this folder lives as long as the contexts that use it and is removed by {@code mvn clean}.
 */
public final class TestIndexFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Path folder;

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                Path target = Files.createDirectories(Path.of("target"));
                folder = Files.createTempDirectory(target, "test-index-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("sakuin-test-index", Map.of("sakuin.index", folder().toString())));
    }
}
