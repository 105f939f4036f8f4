package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged jar run as a user runs it ({@code java -jar target/sakuin.jar …}), its output kept line by line, and
 * killed as a crash would end it: SIGKILL to it and to every process it started.
 */
final class SakuinJar implements AutoCloseable {

    private static final Path JAR = Path.of("target/sakuin.jar");

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private SakuinJar(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().name("sakuin-jar-output").start(this::read);
    }

    /** Starts the jar with those arguments, without the launcher's prepared copy (the jar's JVM holds the index). */
    static SakuinJar start(String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SAKUIN_FAST_START", "false");
        builder.environment().remove("SAKUIN_RELAUNCHED");
        return new SakuinJar(builder.start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException ended) {
            // the process was killed: what it printed so far is kept
        }
    }

    /** How many lines printed so far match. */
    int count(Predicate<String> matching) {
        synchronized (lines) {
            return (int) lines.stream().filter(matching).count();
        }
    }

    /** The first line printed that matches. */
    String first(Predicate<String> matching) {
        synchronized (lines) {
            return lines.stream().filter(matching).findFirst().orElseThrow();
        }
    }

    /**
     * Waits until at least {@code n} lines matched; false when the process ended first. Fails after the time-out, with
     * the end of the output.
     */
    boolean await(Predicate<String> matching, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(matching) < n) {
            if (!process.isAlive()) {
                Thread.sleep(100); // the last lines may still be on their way
                return count(matching) >= n;
            }
            assertThat(System.nanoTime()).as("%d lines matching within %s; output:%n%s", n, timeout, tail())
                    .isLessThan(deadline);
            Thread.sleep(10);
        }
        return true;
    }

    /** SIGKILL to the process and to all it started; true when it was still running. */
    boolean kill() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        boolean alive = process.isAlive();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed within 30 s").isTrue();
        for (ProcessHandle descendant : descendants) {
            descendant.onExit().join();
        }
        return alive;
    }

    /** Waits for the process to end by itself; its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("ended within %s; output:%n%s",
                timeout, tail()).isTrue();
        return process.exitValue();
    }

    /** Asks it to stop (SIGTERM), as a service manager does, and waits. */
    void stop(Duration timeout) throws InterruptedException {
        process.destroy();
        awaitExit(timeout);
    }

    String tail() {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
