package org.sakuin.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Sakuin server in a JVM of its own, so that its heap, RSS and start-up are the server's alone and not mixed with
 * the benchmark's clients. It listens on 127.0.0.1 at a free port, logs to a temporary file, and is stopped on
 * {@link #close()} (forcibly if it has not stopped 10 s after being asked).
 */
final class ServerProcess implements AutoCloseable {

    private static final String MAIN = "org.sakuin.cli.SakuinCli";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /** The line the server logs for each file it ingested from its corpus folder: "[3/100] …/a.txt: 24 passages". */
    private static final Pattern INGESTED_FILE = Pattern.compile("\\[\\d+/\\d+] .*: \\d+ passages$");

    private final Process process;
    private final int port;
    private final Path work;
    private final Path log;
    private final long startNanos;

    private ServerProcess(Process process, int port, Path work, Path log, long startNanos) {
        this.process = process;
        this.port = port;
        this.work = work;
        this.log = log;
        this.startNanos = startNanos;
    }

    /** Starts {@code serve} on the index with that heap ({@code -Xmx}, e.g. {@code 1g}), serving the index as it is. */
    static ServerProcess start(Path index, String heap) throws IOException {
        return start(index, heap, null);
    }

    /**
     * As {@link #start(Path, String)}, with a corpus folder the server keeps ingested ({@code null}: none). Files
     * copied into it are ingested while the server runs; the index's other plans stay.
     */
    static ServerProcess start(Path index, String heap, Path corpus) throws IOException {
        int port = freePort();
        Path work = Files.createTempDirectory("sakuin-load");
        Path log = work.resolve("server.log");
        // without one, a corpus folder that does not exist: the server then serves the index as it is, never ingesting
        // into it nor removing from it (an empty folder would still run a synchronisation against the index)
        List<String> command = command(javaBinary(), heap, classPath(), index, port,
                corpus == null ? work.resolve("no-corpus") : corpus);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the launcher's extracted copy and its class-data archive are for interactive start-ups; measured here is
        // the server as the jar itself starts it
        builder.environment().put("SAKUIN_FAST_START", "false");
        long start = System.nanoTime();
        return new ServerProcess(builder.start(), port, work, log, start);
    }

    /**
     * The server's command line: the packaged jar with {@code -jar} (its own launcher sets up the nested libraries),
     * else the same class path as this JVM with the command-line main class.
     */
    static List<String> command(String java, String heap, String classPath, Path index, int port, Path corpus) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED"));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, MAIN));
        }
        command.addAll(List.of("serve", "--index", index.toAbsolutePath().toString(), "--port", String.valueOf(port),
                "--corpus", corpus.toAbsolutePath().toString()));
        return command;
    }

    /**
     * This JVM's class path, except that in a Maven test fork {@code java.class.path} is a manifest-only jar: there
     * Surefire and Failsafe give the real one in {@code surefire.test.class.path}. The test classes are left out,
     * so that the server runs on main's classes and resources only.
     */
    static String classPath() {
        String tests = System.getProperty("surefire.test.class.path");
        if (tests == null || tests.isBlank()) {
            return System.getProperty("java.class.path");
        }
        return Arrays.stream(tests.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    URI uri(String path, String query, int limit) {
        return URI.create("http://127.0.0.1:" + port + path + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&limit=" + limit);
    }

    /**
     * Milliseconds from the start of the process to its first successful search, polling every 100 ms; fails with
     * the tail of the server's log if the process ends or 120 s pass first.
     */
    double awaitFirstSearch(HttpClient http, String query) throws IOException, InterruptedException {
        long deadline = startNanos + START_LIMIT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri("/api/search", query, 10)).timeout(START_LIMIT).build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("the server exited with " + process.exitValue() + " before answering");
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1e6;
                }
                last = "HTTP " + response.statusCode();
            } catch (ConnectException notListeningYet) {
                last = "connection refused";
            }
            Thread.sleep(100);
        }
        throw failure("no successful search within " + START_LIMIT.toSeconds() + " s (last: " + last + ")");
    }

    private IOException failure(String what) {
        return new IOException(what + "; end of the server log " + log + ":\n" + logTail(40));
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** How many files the server has ingested from its corpus folder so far, by its log (one line a file). */
    int filesIngested() {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return (int) lines.filter(line -> INGESTED_FILE.matcher(line).find()).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Peak and current resident memory of the server, from /proc; "n/a" where there is no /proc. */
    String memory() {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        try {
            return memory(Files.readString(status));
        } catch (IOException e) {
            return "n/a";
        }
    }

    static String memory(String status) {
        // the index's files are memory-mapped: their pages in memory count as resident, and the OS drops them first
        return "peak RSS (VmHWM) " + megabytes(kilobytes(status, "VmHWM")) + ", RSS (VmRSS) "
                + megabytes(kilobytes(status, "VmRSS")) + " = heap and native (RssAnon) "
                + megabytes(kilobytes(status, "RssAnon")) + " + mapped index files (RssFile) "
                + megabytes(kilobytes(status, "RssFile"));
    }

    private static String megabytes(OptionalLong kilobytes) {
        return kilobytes.isPresent() ? (kilobytes.getAsLong() / 1024) + " MB" : "n/a";
    }

    /** A field of /proc/PID/status in kB, e.g. {@code VmHWM:\t  812344 kB}. */
    static OptionalLong kilobytes(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).strip().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(work);
    }

    /** Deletes a folder and all in it. */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
