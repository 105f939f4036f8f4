package org.sakuin.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Entry point of {@code sakuin.jar}, compiled for Java 17 so that {@code java -jar sakuin.jar} works even where
 * the default {@code java} is older than the Java 21 that Sakuin needs: it then runs the same jar again on the
 * newest JDK 21+ it finds ({@code SAKUIN_JAVA_HOME}, {@code JAVA_HOME}, or the usual install folders).
 */
public final class SakuinLauncher {

    private static final int REQUIRED_FEATURE = 21;
    private static final String MAIN = "org.sakuin.cli.SakuinCli";

    private SakuinLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() >= REQUIRED_FEATURE) {
            runMain(args);
            return;
        }
        Optional<Path> java = findJava();
        if (java.isEmpty()) {
            System.err.println("Sakuin needs Java " + REQUIRED_FEATURE + " or newer (this is Java "
                    + Runtime.version().feature() + "). Install one or set SAKUIN_JAVA_HOME to it.");
            System.exit(2);
        }
        System.exit(relaunch(java.get(), args));
    }

    private static void runMain(String[] args) throws Exception {
        try {
            Class.forName(MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static int relaunch(Path java, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("--enable-native-access=ALL-UNNAMED"); // what the jar's manifest grants under -jar
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClassOfJar());
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** Under {@code java -jar} the class path is the jar, whose own launcher sets up the nested libraries. */
    private static String mainClassOfJar() {
        return System.getProperty("java.class.path").endsWith(".jar")
                ? "org.springframework.boot.loader.launch.JarLauncher" : SakuinLauncher.class.getName();
    }

    private static Optional<Path> findJava() {
        List<Path> homes = new ArrayList<>();
        Stream.of(System.getenv("SAKUIN_JAVA_HOME"), System.getenv("JAVA_HOME"))
                .filter(h -> h != null && !h.isBlank()).map(Path::of).forEach(homes::add);
        for (String parent : List.of("/usr/lib/jvm", "/opt/java", "/usr/local/lib/jvm",
                System.getProperty("user.home") + "/.sdkman/candidates/java", "/Library/Java/JavaVirtualMachines")) {
            homes.addAll(children(Path.of(parent)));
        }
        return homes.stream()
                .map(home -> Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home)
                .filter(home -> featureOf(home) >= REQUIRED_FEATURE)
                .max(Comparator.comparingInt(SakuinLauncher::featureOf))
                .map(home -> home.resolve("bin").resolve(File.separatorChar == '\\' ? "java.exe" : "java"));
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads JAVA_VERSION from the JDK's {@code release} file; 0 when it is not a JDK home. */
    private static int featureOf(Path home) {
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
