package org.sakuin.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of {@code sakuin.jar}, compiled for Java 17 so that {@code java -jar sakuin.jar} works on any
 * Java: it runs Sakuin on the newest JDK ≥ 21 it can find ({@link JavaFinder}). From the packaged jar it runs
 * an extracted copy with a class-data-sharing archive ({@link FastStart}), which starts a command-line search
 * in under a second instead of three; where that cannot be prepared it runs the jar as it is.
 */
public final class SakuinLauncher {

    static final int REQUIRED_FEATURE = 21;
    private static final String MAIN = "org.sakuin.cli.SakuinCli";
    /** Set in the environment of the relaunched process, to the launcher's pid, so that it does not relaunch again. */
    private static final String RELAUNCHED = "SAKUIN_RELAUNCHED";
    /** The exit code of a relaunched Sakuin whose launcher ended first: 128 + SIGTERM, as if it had been stopped. */
    private static final int EXIT_LAUNCHER_GONE = 143;
    /**
     * The queries are over in seconds: the quick JIT tier is all they need. The server, an ingest and a benchmark
     * run long enough for the full JIT to pay (an ingest ran 1.5 times faster with it).
     */
    private static final Set<String> SHORT_LIVED = Set.of("search", "ask", "indicators", "suggest");

    private SakuinLauncher() {
    }

    public static void main(String[] args) throws Exception {
        boolean current = Runtime.version().feature() >= REQUIRED_FEATURE;
        if (System.getenv(RELAUNCHED) != null) {
            endWithLauncher(System.getenv(RELAUNCHED));
            runMain(args);
            return;
        }
        Optional<Path> java = current ? Optional.of(JavaFinder.currentJava()) : JavaFinder.newest(REQUIRED_FEATURE);
        if (java.isEmpty()) {
            System.err.println("Sakuin needs Java " + REQUIRED_FEATURE + " or newer (this is Java "
                    + Runtime.version().feature() + "). Install one or set SAKUIN_JAVA_HOME to it.");
            System.exit(2);
        }
        Optional<FastStart> fast = FastStart.forPackagedJar(java.get());
        if (fast.isPresent()) {
            System.exit(run(fast.get().command(java.get(), isShortLived(args)), args));
        } else if (current) {
            runMain(args);
        } else {
            System.exit(run(sameClassPath(java.get()), args));
        }
    }

    private static void runMain(String[] args) throws Exception {
        try {
            Class.forName(MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * A launcher killed outright (SIGKILL runs no shutdown hook) would leave its Sakuin running, re-parented, still
     * holding the port and the index lock: the relaunched process ends when its launcher does.
     */
    private static void endWithLauncher(String launcherPid) {
        try {
            Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(launcherPid));
            if (launcher.isEmpty()) {
                System.exit(EXIT_LAUNCHER_GONE);
            }
            launcher.get().onExit().thenRun(() -> System.exit(EXIT_LAUNCHER_GONE));
        } catch (NumberFormatException notAPid) {
            // set by hand to skip the relaunch: there is no launcher to follow
        }
    }

    private static boolean isShortLived(String[] args) {
        return args.length > 0 && SHORT_LIVED.contains(args[0]);
    }

    /** The same class path on another Java: the jar's own launcher sets up its nested libraries. */
    private static List<String> sameClassPath(Path java) {
        String classPath = System.getProperty("java.class.path");
        return new ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                classPath.endsWith(".jar") ? "org.springframework.boot.loader.launch.JarLauncher"
                        : SakuinLauncher.class.getName()));
    }

    private static int run(List<String> command, String[] args) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command.subList(0, 1));
        full.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        full.addAll(command.subList(1, command.size()));
        full.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(full).inheritIO();
        builder.environment().put(RELAUNCHED, Long.toString(ProcessHandle.current().pid()));
        Process child = builder.start();
        // stopping this process (Ctrl-C, kill) stops the Sakuin it started, which holds the port and the index
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }
}
