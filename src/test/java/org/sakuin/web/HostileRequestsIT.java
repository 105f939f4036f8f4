package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad requests get 4xx, never 5xx: thousands of random and nasty GETs ({@link FuzzRequests}, fixed seed) to every
 * endpoint of a real server on 127.0.0.1 serving the {@link HostileCorpus}. None may be answered with a 5xx, hold the
 * text of a file outside the corpus, a stack trace or a server path.
 */
@HostileServerTest
class HostileRequestsIT {

    private static final int REQUESTS = 6_000;
    private static final long SEED = 13;
    private static final Duration BUDGET = Duration.ofMinutes(12);
    private static final Duration INGEST = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    PlanIndex index;

    @Autowired
    SearchService search;

    @BeforeEach
    void corpusIngested() throws InterruptedException {
        long deadline = System.nanoTime() + INGEST.toNanos();
        while (index.files().size() < CorpusIngest.expectedFiles().size() + 1) {
            assertThat(System.nanoTime()).as("the hostile corpus ingested in time").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void noRequestGetsA5xxAFileOutsideTheArchiveAStackTraceOrAServerPath() throws Exception {
        List<FuzzRequests.Request> requests = new FuzzRequests(SEED, documentIds(), HostileCorpus.neverIndexedIds(),
                passageIds(), indicatorIds(), absolutePaths()).generate(REQUESTS);
        Map<String, AtomicInteger> perEndpoint = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> perStatus = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + BUDGET.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (FuzzRequests.Request request : requests) {
                sent.add(clients.submit(() -> {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    int status = send(request, problems);
                    perEndpoint.computeIfAbsent(request.endpoint(), k -> new AtomicInteger()).incrementAndGet();
                    perStatus.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int done = perEndpoint.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("fuzz (seed %d): %d requests in %.1f s; per endpoint %s; statuses %s; %d problems%n", SEED,
                done, seconds, new TreeMap<>(perEndpoint), new TreeMap<>(perStatus), problems.size());

        assertThat(done).as("all sent within " + BUDGET).isEqualTo(REQUESTS);
        assertThat(problems).as("requests answered wrongly").isEmpty();
    }

    /** Sends one request; its status (0 if there was no reply), and what is wrong with the reply, if anything. */
    private int send(FuzzRequests.Request request, List<String> problems) {
        RawHttp.Reply reply;
        try {
            reply = RawHttp.send(port, request.method(), request.target(), request.accept(), request.authorization());
        } catch (Exception e) {
            problems.add("no reply (" + e + ") to " + shortened(request.target()));
            return 0;
        }
        String wrong = wrongIn(reply, request.target());
        if (wrong != null) {
            problems.add(reply.status() + " " + wrong + " for " + shortened(request.target()) + ": "
                    + shortened(reply.body()));
        }
        return reply.status();
    }

    private String wrongIn(RawHttp.Reply reply, String target) {
        if (reply.status() >= 500) {
            return "server error";
        }
        if (reply.body().contains(HostileCorpus.SECRET) || reply.body().contains("root:x:0:0")) {
            return "a file outside the archive";
        }
        if (reply.body().contains("at org.") || reply.body().contains("Exception")) {
            return "a stack trace";
        }
        for (String path : serverPaths()) {
            // the error page may name the path asked for: that is the client's own text, not the server's
            if (reply.body().contains(path) && !target.contains(path)) {
                return "the server path " + path;
            }
        }
        return null;
    }

    private static List<String> serverPaths() {
        return List.of(HostileCorpus.root().toString(), HostileCorpus.corpus().toString(),
                HostileCorpus.index().toString(), Path.of("").toAbsolutePath().toString(), "/home/", "/tmp/", "/work/");
    }

    private List<String> documentIds() {
        return index.files().stream().map(IndexedFile::document).map(d -> d.id()).toList();
    }

    private List<String> passageIds() {
        return search.search(SearchRequest.of("計画", 20)).hits().stream().map(SearchHit::passageId).toList();
    }

    private List<String> indicatorIds() {
        return search.indicators(IndicatorRequest.of("", 20)).indicators().stream().map(IndicatorEntry::id).toList();
    }

    private static List<String> absolutePaths() {
        return Stream.of(HostileCorpus.secret(), HostileCorpus.corpus().resolve("passwd.txt"),
                HostileCorpus.corpus().resolve("iruma_zenki_kihonkeikaku_dai1sho.pdf"), Path.of("/etc/passwd"))
                .map(Path::toString).toList();
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
    }
}
