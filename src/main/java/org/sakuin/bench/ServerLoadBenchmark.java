package org.sakuin.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
    /** Hits asked of each search, as the search page asks. */
    private static final int LIMIT = 10;
    /** One slow answer must not hold a client past the end of the run for long. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private ServerLoadBenchmark() {
    }

    /**
     * How a server is loaded: {@code clients} users for {@code seconds} timed after an untimed warm-up, the server with
     * {@code heap}; with {@code ingestFiles} above 0, that many copies of the plans in {@code plans} are copied into
     * the server's corpus folder as the timed seconds begin, and ingested while the users search.
     */
    public record Load(int clients, int seconds, int warmUpSeconds, String heap, int ingestFiles, List<Path> plans) {

        public Load {
            if (clients < 1 || seconds < 1 || ingestFiles < 0) {
                throw new IllegalArgumentException("need at least one client and one second");
            }
        }

        public static Load of(int clients, int seconds, String heap) {
            return new Load(clients, seconds, WARM_UP_SECONDS, heap, 0, List.of());
        }

        public Load withIngest(int files, List<Path> from) {
            return new Load(clients, seconds, warmUpSeconds, heap, files, from);
        }

        Load withWarmUp(int warmUp) {
            return new Load(clients, seconds, warmUp, heap, ingestFiles, plans);
        }
    }

    /**
     * What a run measured; latencies of successful searches only, errors counted apart; wrong answers (see
     * {@link LoadAnswers}) among the successful ones; files ingested from the corpus folder by the end of the run.
     */
    record Result(double startMillis, double firstSuggestMillis, long searches, long errors, long wrong,
                  double seconds, Timings latencies, int filesIngested, String memory) {

        double perSecond() {
            return searches / seconds;
        }
    }

    /** The figures of one client thread. */
    private record ClientResult(List<Double> millis, long errors, long wrong) {
    }

    /** Runs the benchmark against a server on the index and prints its figures. */
    public static Result run(Path index, List<String> queries, Load load, PrintStream out)
            throws IOException, InterruptedException {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("need queries");
        }
        // HTTP/1.1: the server speaks it, and an h2c upgrade attempt on every new connection would be timed too
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Path corpus = load.ingestFiles() > 0 ? Files.createTempDirectory("sakuin-load-corpus") : null;
        try (ServerProcess server = ServerProcess.start(index, load.heap(), corpus)) {
            out.printf(Locale.ROOT, "server: pid %d, -Xmx%s, http://127.0.0.1:%d, index %s%n", server.pid(),
                    load.heap(), server.port(), index.toAbsolutePath());
            double start = server.awaitFirstSearch(http, queries.getFirst());
            out.printf(Locale.ROOT, "start → first search: %.0f ms%n", start);
            double suggest = firstSuggestion(server, http, queries.getFirst().substring(0, 1));
            out.printf(Locale.ROOT, "first suggestion: %.1f ms%n", suggest);
            LoadAnswers answers = LoadAnswers.capture(server, http, queries, LIMIT);
            if (load.warmUpSeconds() > 0) {
                out.printf(Locale.ROOT, "warm-up: %d clients × %d s (untimed)%n", load.clients(), load.warmUpSeconds());
            }
            Runnable atTimedStart = corpus == null ? () -> { } : copyPlans(load, corpus, out);
            List<ClientResult> results = load(server, http, queries, answers, load, atTimedStart);
            Timings latencies = new Timings();
            long errors = 0;
            long wrong = 0;
            for (ClientResult r : results) {
                r.millis().forEach(latencies::add);
                errors += r.errors();
                wrong += r.wrong();
            }
            Result result = new Result(start, suggest, latencies.count(), errors, wrong, load.seconds(), latencies,
                    server.filesIngested(), server.memory());
            report(result, load, queries.size(), out);
            return result;
        } finally {
            http.shutdownNow();
            if (corpus != null) {
                ServerProcess.deleteTree(corpus);
            }
        }
    }

    /** The copying of the plans into the corpus folder, done once the timed seconds begin. */
    private static Runnable copyPlans(Load load, Path corpus, PrintStream out) throws IOException {
        PlanCopies copies = PlanCopies.of(load.plans());
        return () -> {
            try {
                copies.copyInto(corpus, load.ingestFiles());
                out.printf(Locale.ROOT, "copied %d plan files into the server's corpus folder%n", load.ingestFiles());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
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

    private static List<ClientResult> load(ServerProcess server, HttpClient http, List<String> queries,
                                           LoadAnswers answers, Load load, Runnable atTimedStart)
            throws InterruptedException, IOException {
        long timedFrom = System.nanoTime() + Duration.ofSeconds(load.warmUpSeconds()).toNanos();
        long end = timedFrom + Duration.ofSeconds(load.seconds()).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(load.clients() + 1);
        try {
            List<Future<ClientResult>> futures = new ArrayList<>();
            for (int i = 0; i < load.clients(); i++) {
                int client = i;
                futures.add(pool.submit(() -> client(server, http, queries, answers, client, timedFrom, end)));
            }
            Future<?> atStart = pool.submit(() -> {
                Thread.sleep(Math.max(0, (timedFrom - System.nanoTime()) / 1_000_000));
                atTimedStart.run();
                return null;
            });
            List<ClientResult> results = new ArrayList<>();
            for (Future<ClientResult> future : futures) {
                results.add(future.get());
            }
            atStart.get();
            return results;
        } catch (ExecutionException e) {
            throw new IOException("a client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One user: the queries in turn from its own offset, so that clients do not all ask the same at once. */
    private static ClientResult client(ServerProcess server, HttpClient http, List<String> queries,
                                       LoadAnswers answers, int client, long timedFrom, long end) {
        List<Double> millis = new ArrayList<>();
        long errors = 0;
        long wrong = 0;
        for (long step = 0; System.nanoTime() < end; step++) {
            String query = query(queries, client, step);
            HttpRequest request = HttpRequest.newBuilder(server.uri("/api/search", query, LIMIT))
                    .timeout(REQUEST_TIMEOUT).build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                response = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            double took = (System.nanoTime() - start) / 1e6;
            if (start < timedFrom) {
                continue;
            }
            if (response == null || response.statusCode() != 200) {
                errors++;
            } else {
                millis.add(took);
                wrong += answers.right(query, response.body()) ? 0 : 1;
            }
        }
        return new ClientResult(millis, errors, wrong);
    }

    /** The query a client asks at a step: client i starts at query i and goes round. */
    static String query(List<String> queries, int client, long step) {
        return queries.get((int) ((client + step) % queries.size()));
    }

    private static void report(Result r, Load load, int queries, PrintStream out) {
        out.printf(Locale.ROOT, "load: %d clients × %.0f s over %d queries: %.1f searches/s (%d searches),"
                + " %d errors, %d wrong%n", load.clients(), r.seconds(), queries, r.perSecond(), r.searches(),
                r.errors(), r.wrong());
        Timings t = r.latencies();
        if (t.count() == 0) {
            out.println("search latency: n/a (no successful search)");
        } else {
            out.printf(Locale.ROOT, "search latency: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n", t.p(0.50),
                    t.p(0.95), t.p(0.99), t.p(1.0));
        }
        if (load.ingestFiles() > 0) {
            out.printf(Locale.ROOT, "ingested during the run: %d of %d files copied into the corpus folder%n",
                    r.filesIngested(), load.ingestFiles());
        }
        out.println("server memory: " + r.memory());
    }
}
