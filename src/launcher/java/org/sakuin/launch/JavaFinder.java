package org.sakuin.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a Java runtime: {@code SAKUIN_JAVA_HOME}, {@code JAVA_HOME}, then the usual install folders. */
final class JavaFinder {

    private JavaFinder() {
    }

    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", executable());
    }

    static Optional<Path> newest(int minimumFeature) {
        List<Path> homes = new ArrayList<>();
        Stream.of(System.getenv("SAKUIN_JAVA_HOME"), System.getenv("JAVA_HOME"))
                .filter(h -> h != null && !h.isBlank()).map(Path::of).forEach(homes::add);
        for (String parent : List.of("/usr/lib/jvm", "/opt/java", "/usr/local/lib/jvm",
                System.getProperty("user.home") + "/.sdkman/candidates/java", "/Library/Java/JavaVirtualMachines")) {
            homes.addAll(children(Path.of(parent)));
        }
        return homes.stream()
                .map(home -> Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home)
                .filter(home -> featureOf(home) >= minimumFeature)
                .max(Comparator.comparingInt(JavaFinder::featureOf))
                .map(home -> home.resolve("bin").resolve(executable()));
    }

    private static String executable() {
        return File.separatorChar == '\\' ? "java.exe" : "java";
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file; 0 when it is not a Java home. */
    static int featureOf(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(v -> v.startsWith("1.") ? v.substring(2) : v)
                    .map(v -> Integer.parseInt(v.split("[.+-]")[0]))
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
