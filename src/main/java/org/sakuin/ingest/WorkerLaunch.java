package org.sakuin.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command that starts a worker process: this JVM's own java binary and class path, its heap capped, ending at
 * its first {@link OutOfMemoryError} (so that a file that exhausts it fails that file, not the next one). Files are
 * read in {@link ParseWorker}s; other rooms start workers of their own the same way (the page thumbnails).
 * <p>
 * Sakuin runs from a class path (tests, {@code spring-boot:run}, the jar extracted for a fast start, whose manifest
 * names its libraries) or from the packaged jar itself, whose libraries are nested inside it: only Spring Boot's
 * launcher can load those, and its {@code PropertiesLauncher} runs any main class it is told to.
 */
public final class WorkerLaunch {

    /** The worker's logging, to stderr: its stdout carries the replies. */
    private static final String LOGGING = "org/sakuin/ingest/worker-logback.xml";
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private WorkerLaunch() {
    }

    static List<String> command(IngestSettings settings) {
        return command(ParseWorker.class, settings.workerHeapMb(),
                JsonMapper.builder().build().writeValueAsString(settings));
    }

    /**
     * Runs {@code main} with a heap of {@code heapMb} MiB; its arguments are this process's id (for
     * {@link #endWithParent}), then {@code arguments}.
     */
    public static List<String> command(Class<?> main, int heapMb, String... arguments) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heapMb + "m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-Dlogback.configurationFile=" + LOGGING,
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        command.addAll(sharedClassArchive());
        if (fromNestedJar()) {
            command.addAll(List.of("-Dloader.main=" + main.getName(), BOOT_LAUNCHER));
        } else {
            command.add(main.getName());
        }
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Called first in a worker's main with its first argument: a parent killed outright cannot close the worker's
     * input, so the worker watches it and ends with it, even while it is stuck in a file.
     */
    public static void endWithParent(String parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(parentPid));
        if (parent.isEmpty()) {
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> Runtime.getRuntime().halt(1));
    }

    /** Kills a worker and waits a little for it to be gone, so that no worker outlives the one that replaces it. */
    public static void end(Process worker) {
        worker.destroyForcibly();
        try {
            worker.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The class-data-sharing archive this JVM maps, when the launcher gave it one (the fast start of the packaged
     * jar): the worker loads the same classes from the same class path, and starts in a fraction of the time.
     */
    private static List<String> sharedClassArchive() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:SharedArchiveFile="))
                .findFirst().map(archive -> List.of(archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"))
                .orElse(List.of());
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static boolean fromNestedJar() {
        return String.valueOf(ParseWorker.class.getProtectionDomain().getCodeSource().getLocation())
                .startsWith("jar:nested:");
    }
}
