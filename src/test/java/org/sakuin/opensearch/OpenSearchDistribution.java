package org.sakuin.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The OpenSearch that Maven unpacked into {@code target/opensearch/} (the integ-test zip: no bundled JDK, no
 * security plugin), with the analysis-kuromoji plugin that Maven zipped installed into it once. Each node runs on
 * a copy of it, so that the nodes share no folder.
 */
record OpenSearchDistribution(Path home) {

    private static final String KUROMOJI = "analysis-kuromoji";

    /** The distribution of {@code sakuin.opensearch.home}, with the plugin of {@code sakuin.opensearch.plugin}. */
    static OpenSearchDistribution prepared() throws IOException, InterruptedException {
        OpenSearchDistribution distribution = new OpenSearchDistribution(Path.of(property("sakuin.opensearch.home")));
        distribution.install(Path.of(property("sakuin.opensearch.plugin")));
        return distribution;
    }

    /** The JDK the tests run on also runs OpenSearch, since the integ-test zip brings none. */
    static String javaHome() {
        return System.getProperty("java.home");
    }

    /** Installs the plugin unless an earlier run already did ({@code opensearch-plugin} refuses to twice). */
    private void install(Path pluginZip) throws IOException, InterruptedException {
        if (Files.isDirectory(home.resolve("plugins").resolve(KUROMOJI))) {
            return;
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/opensearch-plugin").toString(), "install",
                "--batch", pluginZip.toUri().toString()).redirectErrorStream(true);
        builder.environment().put("OPENSEARCH_JAVA_HOME", javaHome());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("opensearch-plugin could not install " + pluginZip + ":\n" + out);
        }
    }

    /** Copies the whole distribution to {@code target}, keeping the scripts executable. */
    void copyTo(Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Files.copy(source, target.resolve(home.relativize(source).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: the cluster tests run in the \"cluster\" execution"
                    + " of ./mvnw verify, which unpacks OpenSearch first (see README)");
        }
        return value;
    }
}
