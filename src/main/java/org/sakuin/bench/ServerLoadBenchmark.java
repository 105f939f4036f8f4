package org.sakuin.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A real server under concurrent users: {@link ServerProcess} starts Sakuin in its own JVM, and this times its
 * start-up to the first search, the first suggestion (which gathers the vocabulary), then N clients, each searching
 * the queries in turn as fast as answers come for S seconds, after an untimed warm-up of the server's JIT. Prints
 * searches per second, latency percentiles, errors and the server's resident memory.
 */
public final class ServerLoadBenchmark {

    /** Untimed warm-up of the default run, so that the timed seconds measure compiled code. */
    private static final int WARM_UP_SECONDS = 5;
    /** One slow answer must not hold a client past the end of the run for long. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private ServerLoadBenchmark() {
    }

    /** What a run measured; latencies of successful searches only, errors counted apart. */
    record Result(double startMillis, double firstSuggestMillis, long searches, long errors, double seconds,
                  Timings latencies, String memory) {

        double perSecond() {
            return searches / seconds;
        }
    }

    /** The figures of one client thread. */
    private record ClientResult(List<Double> millis, long errors) {
    }

    /** Runs the benchmark against a server of that heap on the index and prints its figures. */
    public static Result run(Path index, List<String> queries, int clients, int seconds, String heap, PrintStream out)
            throws IOException, InterruptedException {
        return measure(index, queries, clients, seconds, WARM_UP_SECONDS, heap, out);
    }

    static Result measure(Path index, List<String> queries, int clients, int seconds, int warmUpSeconds, String heap,
                          PrintStream out) throws IOException, InterruptedException {
        if (queries.isEmpty() || clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("need queries, at least one client and one second");
        }
        // HTTP/1.1: the server speaks it, and an h2c upgrade attempt on every new connection would be timed too
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (ServerProcess server = ServerProcess.start(index, heap)) {
            out.printf(Locale.ROOT, "server: pid %d, -Xmx%s, http://127.0.0.1:%d, index %s%n", server.pid(), heap,
                    server.port(), index.toAbsolutePath());
            double start = server.awaitFirstSearch(http, queries.getFirst());
            out.printf(Locale.ROOT, "start → first search: %.0f ms%n", start);
            double suggest = firstSuggestion(server, http, queries.getFirst().substring(0, 1));
            out.printf(Locale.ROOT, "first suggestion: %.1f ms%n", suggest);
            if (warmUpSeconds > 0) {
                out.printf(Locale.ROOT, "warm-up: %d clients × %d s (untimed)%n", clients, warmUpSeconds);
            }
            List<ClientResult> results = load(server, http, queries, clients, seconds, warmUpSeconds);
            Timings latencies = new Timings();
            long errors = 0;
            for (ClientResult r : results) {
                r.millis().forEach(latencies::add);
                errors += r.errors();
            }
            Result result = new Result(start, suggest, latencies.count(), errors, seconds, latencies,
                    server.memory());
            report(result, clients, queries.size(), out);
            return result;
        } finally {
            http.shutdownNow();
        }
    }

    private static double firstSuggestion(ServerProcess server, HttpClient http, String typed)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/api/suggest", typed, 5)).timeout(REQUEST_TIMEOUT)
                .build();
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IOException("suggest answered HTTP " + response.statusCode() + "; end of the server log:\n"
                    + server.logTail(40));
        }
        return millis;
    }

    private static List<ClientResult> load(ServerProcess server, HttpClient http, List<String> queries, int clients,
                                           int seconds, int warmUpSeconds) throws InterruptedException, IOException {
        long timedFrom = System.nanoTime() + Duration.ofSeconds(warmUpSeconds).toNanos();
        long end = timedFrom + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<ClientResult>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> client(server, http, queries, client, timedFrom, end)));
            }
            List<ClientResult> results = new ArrayList<>();
            for (Future<ClientResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IOException("a client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One user: the queries in turn from its own offset, so that clients do not all ask the same at once. */
    private static ClientResult client(ServerProcess server, HttpClient http, List<String> queries, int client,
                                       long timedFrom, long end) {
        List<Double> millis = new ArrayList<>();
        long errors = 0;
        for (long step = 0; System.nanoTime() < end; step++) {
            HttpRequest request = HttpRequest.newBuilder(server.uri("/api/search", query(queries, client, step), 10))
                    .timeout(REQUEST_TIMEOUT).build();
            long start = System.nanoTime();
            boolean ok;
            try {
                ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
            } catch (IOException e) {
                ok = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (start >= timedFrom) {
                if (ok) {
                    millis.add((System.nanoTime() - start) / 1e6);
                } else {
                    errors++;
                }
            }
        }
        return new ClientResult(millis, errors);
    }

    /** The query a client asks at a step: client i starts at query i and goes round. */
    static String query(List<String> queries, int client, long step) {
        return queries.get((int) ((client + step) % queries.size()));
    }

    private static void report(Result r, int clients, int queries, PrintStream out) {
        out.printf(Locale.ROOT, "load: %d clients × %.0f s over %d queries: %.1f searches/s (%d searches),"
                + " %d errors%n", clients, r.seconds(), queries, r.perSecond(), r.searches(), r.errors());
        Timings t = r.latencies();
        if (t.count() == 0) {
            out.println("search latency: n/a (no successful search)");
        } else {
            out.printf(Locale.ROOT, "search latency: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", t.p(0.50),
                    t.p(0.95), t.p(0.99), t.p(1.0));
        }
        out.println("server memory: " + r.memory());
    }
}
